package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hypothesis tests refuse what pyhf refuses (infer/__init__.py _check_hypotest_prerequisites, mle.py
 * _validate_fit_inputs): a fixed POI, a tested value outside the POI's bounds (pyhf's fixed fit would
 * start there), and darkflav also a non-finite value and q0 at μ ≠ 0 (which pyhf silently tests at 0).
 * The model is pyhf's hello world, POI bounds [0, 10].
 */
class InferencePreconditionsTest {

    private final UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.helloWorld();

    private static HypoTest tests(StatisticalModel m) {
        return new HypoTest(new ProfileLikelihood(m, new ProjectedNewtonMinimizer()), TaskRunner.sequential());
    }

    private HypoTestResult test(StatisticalModel m, double mu, TestStatistic statistic) {
        return tests(m).test(mu, statistic, Calculator.asymptotic(), ProgressListener.NONE);
    }

    /** The hello-world model with the POI held fixed, as "fixed": true in a measurement does. */
    private StatisticalModel fixedPoi() {
        return new ForwardingModel(model) {
            @Override
            public boolean[] suggestedFixed() {
                boolean[] f = base().suggestedFixed();
                f[base().poiIndex()] = true;
                return f;
            }
        };
    }

    @Test
    void aFixedPoiMakesInferenceImpossible() {
        assertThatThrownBy(() -> test(fixedPoi(), 1.0, TestStatistic.QMU_TILDE))
                .isInstanceOf(InferenceException.class).hasMessageContaining("is fixed");
        assertThatThrownBy(() -> UpperLimit.asymptotic(new ProfileLikelihood(fixedPoi(), new ProjectedNewtonMinimizer())))
                .isInstanceOf(InferenceException.class).hasMessageContaining("is fixed");
        ProfileLikelihood pl = new ProfileLikelihood(fixedPoi(), new ProjectedNewtonMinimizer());
        assertThatThrownBy(() -> new FitDiagnostics(pl, TaskRunner.sequential()).ranking(model.observedData(),
                ProgressListener.NONE)).isInstanceOf(InferenceException.class).hasMessageContaining("is fixed");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, 10.5, Double.NaN, Double.POSITIVE_INFINITY})
    void testedValuesOutsideTheBoundsOrNotFinite(double mu) {
        assertThatThrownBy(() -> test(model, mu, TestStatistic.QMU_TILDE)).isInstanceOf(InferenceException.class)
                .hasMessageContaining(Double.isFinite(mu) ? "outside its bounds [0.0, 10.0]" : "finite number");
    }

    @Test
    void theBoundsThemselvesMayBeTested() {
        assertThat(test(model, 10.0, TestStatistic.QMU_TILDE).cls()).isBetween(0.0, 1.0);
        assertThat(test(model, 0.0, TestStatistic.QMU_TILDE).cls()).isBetween(0.0, 1.0);
    }

    @Test
    void q0TestsMuEqualToZeroOnly() {
        assertThatThrownBy(() -> test(model, 1.0, TestStatistic.Q0)).isInstanceOf(InferenceException.class)
                .hasMessageContaining("q0 tests mu = 0 only");
        assertThat(test(model, 0.0, TestStatistic.Q0).poiValue()).isZero();
    }

    @Test
    void theAlternativeHypothesisMustLieInsideTheBounds() {
        StatisticalModel awayFromZero = new ForwardingModel(model) {
            @Override
            public double[] lowerBounds() {
                double[] lo = base().lowerBounds();
                lo[base().poiIndex()] = 0.5;
                return lo;
            }
        };
        assertThatThrownBy(() -> test(awayFromZero, 1.0, TestStatistic.QMU_TILDE))
                .isInstanceOf(InferenceException.class).hasMessageContaining("= 0.0 (its alternative hypothesis");
    }
}
