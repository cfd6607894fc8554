package org.darkflav.histfactory.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.darkflav.fit.FitProblem;
import org.darkflav.fit.FitResult;
import org.darkflav.fit.FitStatus;
import org.darkflav.fit.Minimizer;
import org.darkflav.fit.QuasiNewtonMinimizer;
import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.workspace.Workspace;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.UpperLimit;
import org.darkflav.infer.UpperLimitResult;
import org.junit.jupiter.api.Test;

/**
 * Fixed-μ fits warm-started from a neighbouring fit's quasi-Newton metric ({@link Minimizer#minimizeNear})
 * on published likelihoods: the same minima as cold fits from the same point, for far fewer evaluations.
 */
class WarmStartedFitsTest {

    @Test
    void belle2FixedFitFromANeighbourNeedsAFractionOfTheEvaluations() {
        HistFactoryModel m = TestWorkspaces.model("@examples/belle2_knunu_combined/combined_likelihood.json",
                InterpolationSettings.PYHF_DEFAULT);
        ProfileLikelihood pl = ProfileLikelihood.of(m);
        double[] data = m.observedData();
        FitResult free = pl.fit(data);
        FitResult atOne = pl.fixedPoiFit(data, 1.0, free);
        FitResult cold = pl.fixedPoiFit(data, 1.2, atOne.values());
        FitResult warm = pl.fixedPoiFit(data, 1.2, atOne);
        assertThat(cold.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(warm.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(warm.log()).anyMatch(l -> l.startsWith("attempt 1") && l.contains("quasi-Newton metric of an earlier fit"));
        // both stop at EDM < 2e-13 (INFERENCE_FIT_OPTIONS); Belle II's 2NLL (~ -20) has rounding noise
        // of ~1e-12, so the minima agree far below the 1e-4 that would move CLs at 1e-4
        assertThat(warm.minimum()).isCloseTo(cold.minimum(), within(1e-8));
        // the cold fit spends m + 1 = 232 gradient calls on its starting Hessian alone (231 free parameters)
        assertThat(cold.evaluations()).isGreaterThan(231);
        assertThat(warm.evaluations()).isLessThan(cold.evaluations() / 5);
    }

    @Test
    void limitSearchWithTheMetricCostsAFractionOfTheColdOne() {
        Workspace ws = Workspace.read(TestWorkspaces.path("atlas_sbottom_regionA/BkgOnly.json"))
                .withPatch(JsonPatch.read(TestWorkspaces.path("atlas_sbottom_regionA/patch.sbottom_1300_205_60.json")));
        HistFactoryModel m = ws.model(null, InterpolationSettings.PYHF_DEFAULT);
        Counting warm = new Counting(true);
        Counting cold = new Counting(false);
        double rtol = 1e-6;
        UpperLimitResult w = limit(m, warm, rtol);
        UpperLimitResult c = limit(m, cold, rtol);
        for (int k = 0; k < 6; k++) {
            // both roots are within rtol of the true one; the fits behind them agree to the EDM tolerance
            assertThat(w.limit(k)).isCloseTo(c.limit(k), withinPercentage(200 * rtol));
        }
        // the same search (the same μ values to the root tolerance) for under a third of the evaluations
        assertThat(warm.fits).isGreaterThan(10);
        assertThat(warm.evaluations).isLessThan(cold.evaluations / 3);
    }

    private static UpperLimitResult limit(HistFactoryModel m, Minimizer minimizer, double rtol) {
        ProfileLikelihood pl = new ProfileLikelihood(m, minimizer);
        List<UpperLimitResult> r = UpperLimit.asymptotic(pl).rootFinding(m.observedData(), new double[] {0.95},
                pl.poiLowerBound(), pl.poiUpperBound(), rtol, ProgressListener.NONE);
        return r.get(0);
    }

    /** The production minimiser, counting fits and evaluations; without the metric it ignores the hint. */
    private static final class Counting implements Minimizer {
        private final Minimizer inner = new QuasiNewtonMinimizer(ProfileLikelihood.INFERENCE_FIT_OPTIONS);
        private final boolean useMetric;
        int fits;
        long evaluations;

        Counting(boolean useMetric) {
            this.useMetric = useMetric;
        }

        @Override
        public FitResult minimize(FitProblem problem) {
            return count(inner.minimize(problem));
        }

        @Override
        public FitResult minimize(FitProblem problem, FitResult earlier) {
            return count(inner.minimize(problem, earlier));
        }

        @Override
        public FitResult minimizeNear(FitProblem problem, FitResult near) {
            // the cold search still starts from the neighbour's point, only not from its metric
            return count(useMetric ? inner.minimizeNear(problem, near) : inner.minimize(problem));
        }

        private FitResult count(FitResult r) {
            fits++;
            evaluations += r.evaluations();
            return r;
        }
    }
}
