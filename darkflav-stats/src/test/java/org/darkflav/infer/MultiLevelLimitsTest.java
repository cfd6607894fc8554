package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.darkflav.fit.QuasiNewtonMinimizer;
import org.junit.jupiter.api.Test;

/**
 * {@link UpperLimit#rootFinding(double[], double[], double, double, double, ProgressListener)}: several
 * confidence levels from one search must give the limits that separate searches give, to the root
 * tolerance, on pyhf's "hello world" model.
 */
class MultiLevelLimitsTest {

    private static final double RTOL = 1e-6;

    private final UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.helloWorld();

    @Test
    void oneSearchGivesTheLimitsOfSeparateSearches() {
        // the production minimiser, whose fits start from the nearest μ tried (point and metric)
        ProfileLikelihood pl = ProfileLikelihood.of(model);
        double[] cls = {0.90, 0.95, 0.68};
        List<UpperLimitResult> together = UpperLimit.asymptotic(pl).rootFinding(model.observedData(), cls, 0, 5, RTOL,
                ProgressListener.NONE);
        assertThat(together).hasSize(3);
        for (int c = 0; c < cls.length; c++) {
            UpperLimitResult alone = UpperLimit.asymptotic(pl).rootFinding(model.observedData(), cls[c], 0, 5, RTOL,
                    ProgressListener.NONE);
            UpperLimitResult r = together.get(c);
            assertThat(r.cl()).isEqualTo(cls[c]);
            for (int k = 0; k < 6; k++) {
                // each root is within RTOL (relative) of the true one, so two of them within 2 RTOL
                assertThat(r.limit(k)).as("CL %s, %s", cls[c], UpperLimit.curveName(k))
                        .isCloseTo(alone.limit(k), withinPercentage(200 * RTOL));
            }
        }
        // the limits fall with the confidence level, and the search shares its tests
        assertThat(together.get(0).observed()).isLessThan(together.get(1).observed())
                .isGreaterThan(together.get(2).observed());
        assertThat(together.get(0).tests()).isEqualTo(together.get(1).tests());
        // pyhf toms748_scan docstring / scipy brentq (HelloWorldLimitsTest): 95 % observed 1.0115718813820447
        assertThat(together.get(1).observed()).isCloseTo(1.0115718813820447, withinPercentage(1e-4));
    }

    @Test
    void clsAtEachLimitIsOneMinusItsLevel() {
        // independent of any reference: a limit is where CLs = 1 − CL, tested afresh with cold fits
        ProfileLikelihood pl = new ProfileLikelihood(model, new ProjectedNewtonMinimizer());
        double[] cls = {0.90, 0.95};
        List<UpperLimitResult> rs = UpperLimit.asymptotic(pl).rootFinding(model.observedData(), cls, 0, 5, 1e-10,
                ProgressListener.NONE);
        HypoTest test = new HypoTest(pl, TaskRunner.sequential());
        for (int c = 0; c < cls.length; c++) {
            UpperLimitResult r = rs.get(c);
            double alpha = 1 - cls[c];
            assertThat(test.test(r.observed(), TestStatistic.QMU_TILDE, Calculator.asymptotic(), ProgressListener.NONE)
                    .cls()).isCloseTo(alpha, within(1e-8));
            for (int i = 0; i < 5; i++) {
                HypoTestResult at = test.test(r.expected().get(i), TestStatistic.QMU_TILDE, Calculator.asymptotic(),
                        ProgressListener.NONE);
                assertThat(at.clsExpected().get(i)).isCloseTo(alpha, within(1e-8));
            }
        }
    }

    @Test
    void bracketIsWidenedForTheHighestLevel() {
        // signal scaled by 1/10: every limit is 10 times the hello-world one (HelloWorldLimitsTest), so the
        // 95 % +2σ limit (20.5) needs the POI bound 10 raised, which then holds for both levels
        UncorrelatedBackgroundModel weak = model.withSignal(new double[] {1.2, 1.1});
        ProfileLikelihood pl = new ProfileLikelihood(weak, new QuasiNewtonMinimizer(ProfileLikelihood.INFERENCE_FIT_OPTIONS));
        List<UpperLimitResult> rs = UpperLimit.asymptotic(pl).rootFinding(weak.observedData(), new double[] {0.90, 0.95},
                0, 10, 1e-8, ProgressListener.NONE);
        assertThat(rs.get(1).expected().plus2()).isCloseTo(10 * 2.0508020217478347, withinPercentage(1e-4));
        assertThat(rs.get(1).observed()).isCloseTo(10 * 1.0115718813820447, withinPercentage(1e-4));
        for (UpperLimitResult r : rs) {
            assertThat(r.poiUpperBound()).isGreaterThan(20.5);
            assertThat(r.warnings()).anyMatch(w -> w.contains("POI upper bound was raised"));
        }
    }

    @Test
    void noLevelIsAClearError() {
        ProfileLikelihood pl = ProfileLikelihood.of(model);
        assertThatThrownBy(() -> UpperLimit.asymptotic(pl).rootFinding(model.observedData(), new double[0], 0, 5, 1e-4,
                ProgressListener.NONE)).isInstanceOf(InferenceException.class).hasMessageContaining("no confidence level");
        assertThatThrownBy(() -> UpperLimit.asymptotic(pl).rootFinding(model.observedData(), new double[] {0.9, 1.5}, 0,
                5, 1e-4, ProgressListener.NONE)).isInstanceOf(InferenceException.class).hasMessageContaining("(0, 1)");
    }
}
