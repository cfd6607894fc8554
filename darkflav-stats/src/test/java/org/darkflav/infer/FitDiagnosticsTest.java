package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Pulls, correlations, impacts and goodness of fit on pyhf's hello-world model. Expected values from the
 * independent scipy derivation: best fit by L-BFGS-B at ftol 1e-15, covariance = (½ H)⁻¹ with H from
 * central differences of the analytic gradient, impacts by refits with one γ fixed, deviance and χ² p-value
 * by scipy.stats.chi2.sf. Pre-fit widths of shapesys γ are 1/√τ (pyhf's paramset width, used by cabinetry).
 */
class FitDiagnosticsTest {

    private final UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.helloWorld();
    private final ProfileLikelihood likelihood = new ProfileLikelihood(model, new ProjectedNewtonMinimizer());
    private final FitDiagnostics diagnostics = new FitDiagnostics(likelihood, new LocalTaskRunner(2));

    @Test
    void pullsConstraintsAndCorrelations() {
        PullResult r = diagnostics.pulls(model.observedData());
        assertThat(r.pulls()).hasSize(3);
        Pull mu = r.pulls().get(0);
        assertThat(mu.pull()).isNaN(); // unconstrained
        assertThat(mu.postfitError()).isCloseTo(0.51942841, within(1e-5));
        Pull g0 = r.pulls().get(1);
        Pull g1 = r.pulls().get(2);
        assertThat(g0.pull()).isCloseTo(0.05084746, within(1e-6));
        assertThat(g1.pull()).isCloseTo(-0.27722772, within(1e-6));
        assertThat(g0.constraint()).isCloseTo(0.97668679, within(1e-5));
        assertThat(g1.constraint()).isCloseTo(0.79988525, within(1e-5));
        assertThat(r.correlations().get(0, 1)).isCloseTo(-0.32998797, within(1e-5));
        assertThat(r.correlations().get(0, 2)).isCloseTo(-0.47470402, within(1e-5));
        assertThat(r.correlations().get(1, 2)).isCloseTo(0.15664662, within(1e-5));
        assertThat(r.correlations().get(2, 2)).isEqualTo(1.0);
    }

    @Test
    void impactRankingSortedByPostfitImpact() {
        RankingResult r = diagnostics.ranking(model.observedData(), ProgressListener.NONE);
        assertThat(r.poi()).isEqualTo("mu");
        assertThat(r.impacts()).hasSize(2);
        ImpactResult first = r.impacts().get(0);
        ImpactResult second = r.impacts().get(1);
        assertThat(first.parameter()).isEqualTo("uncorr_bkguncrt[1]");
        // μ̂ = 0 at its bound: raising γ pushes μ further down, so the up-shifts stay 0
        assertThat(first.prefitUp()).isCloseTo(0.0, within(1e-8));
        assertThat(first.prefitDown()).isCloseTo(0.2772894185893644, within(1e-6));
        assertThat(first.postfitDown()).isCloseTo(0.20828169887513667, within(1e-5));
        assertThat(second.parameter()).isEqualTo("uncorr_bkguncrt[0]");
        assertThat(second.prefitDown()).isCloseTo(0.11851553211307246, within(1e-6));
        assertThat(second.postfitDown()).isCloseTo(0.11434291067978763, within(1e-5));
    }

    @Test
    void saturatedGoodnessOfFit() {
        GoodnessOfFitResult r = diagnostics.goodnessOfFit(model.observedData());
        assertThat(r.twiceNllBestFit()).isCloseTo(24.98393521, within(1e-7));
        assertThat(r.deltaTwiceNll()).isCloseTo(0.10014872297465516, within(1e-7));
        assertThat(r.degreesOfFreedom()).isEqualTo(1); // 2 bins − 1 free unconstrained parameter (mu)
        assertThat(r.pValue()).isCloseTo(0.7516512336244823, within(1e-6));
    }
}
