package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Fits of {@link SyntheticHistFactory}: 192 parameters (POI, 40 normsys-like, 150 staterror γ, one
 * shapesys γ with τ = 1.9e11), 2NLL including the ~1e13-sized constants, so values carry rounding
 * noise of ~1e-2.
 */
class HistFactoryShapedTest {

    private final SyntheticHistFactory model = new SyntheticHistFactory(150, 40, 7);

    @Test
    void convergesFromPyhfStyleInitsAndFromADisplacedStart() {
        FitResult fromInits = new QuasiNewtonMinimizer().minimize(model.problem());
        double[] displaced = model.start();
        displaced[0] = 4;
        for (int j = 1; j <= 40; j++) {
            displaced[j] = j % 2 == 0 ? 1.5 : -1.5;
        }
        FitProblem p = model.problem();
        FitResult fromElsewhere = new QuasiNewtonMinimizer()
                .minimize(new FitProblem(p.objective(), displaced, p.lower(), p.upper(), p.fixed()));

        for (FitResult r : new FitResult[] {fromInits, fromElsewhere}) {
            assertThat(r.status()).as(r.log().toString()).isEqualTo(FitStatus.CONVERGED);
            assertThat(r.edm()).isLessThan(2e-4);
            assertThat(r.iterations()).isLessThan(200);
        }
        // both minima satisfy the EDM rule, so each is within √2e-4 σ of the true one (see
        // RobustnessTest.DEFAULT_SIGMAS) and they are within twice that of each other
        for (int i = 0; i < model.dimension(); i++) {
            double sigma = fromInits.errors()[i];
            assertThat(fromElsewhere.values()[i]).as("parameter %d", i)
                    .isCloseTo(fromInits.values()[i], within(2 * RobustnessTest.DEFAULT_SIGMAS * sigma));
            assertThat(fromElsewhere.errors()[i]).isCloseTo(sigma, within(1e-3 * sigma));
        }
        // 2NLL minima agree within the EDM bound plus the objective's rounding noise (~1e-2)
        assertThat(fromElsewhere.minimum()).isCloseTo(fromInits.minimum(), within(0.05));
        // shapesys γ is pinned at 1 ± 1/√τ by its Poisson constraint (aux value = τ)
        assertThat(fromInits.errors()[model.dimension() - 1]).isCloseTo(1 / Math.sqrt(SyntheticHistFactory.TAU),
                within(1e-2 / Math.sqrt(SyntheticHistFactory.TAU)));
    }

    @Test
    void fixedPoiAtZeroIsAConditionalFit() {
        FitResult free = new QuasiNewtonMinimizer().minimize(model.problem());
        FitResult atZero = new QuasiNewtonMinimizer().minimize(model.problem().withFixed(0, 0.0));
        assertThat(atZero.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(atZero.values()[0]).isZero();
        assertThat(atZero.errors()[0]).isZero();
        // the data were generated with μ = 1 and μ̂ ≈ 0.75 ± 0.13: fixing μ = 0 must cost 2NLL,
        // roughly (μ̂/σ)² ≈ 35, and never less than the free minimum
        assertThat(atZero.minimum() - free.minimum()).isGreaterThan(10);
    }

    @Test
    void warmStartFromTheFreeFitGivesTheSameConditionalFitWithFewerCalls() {
        // the set-up of a profile-likelihood scan: one free fit with errors, then fixed-μ fits
        FitResult free = new QuasiNewtonMinimizer().minimize(model.problem());
        Minimizer scan = new QuasiNewtonMinimizer(FitOptions.builder().strategy(0).computeHessian(false).build());
        FitProblem atHalf = model.problem().withFixed(0, 0.5);
        FitResult cold = scan.minimize(atHalf);
        FitResult warm = scan.minimize(atHalf, free);
        assertThat(warm.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(warm.log()).anyMatch(line -> line.startsWith("attempt 1") && line.contains("covariance of an earlier fit"));
        // both satisfy EDM < 2e-4, so their 2NLL minima differ by at most that plus rounding noise
        assertThat(warm.minimum()).isCloseTo(cold.minimum(), within(0.05));
        for (int i = 1; i < model.dimension(); i++) {
            double sigma = free.errors()[i];
            assertThat(warm.values()[i]).isCloseTo(cold.values()[i], within(3 * RobustnessTest.DEFAULT_SIGMAS * sigma));
        }
        // the cold fit spends m + 1 = 192 calls on its starting Hessian alone
        assertThat(warm.evaluations()).isLessThan(cold.evaluations() / 4);
    }

    @Test
    void warmStartWithoutCovarianceFallsBackToAColdStart() {
        FitResult noCovariance = new QuasiNewtonMinimizer(FitOptions.builder().computeHessian(false).strategy(0).build())
                .minimize(model.problem());
        FitResult r = new QuasiNewtonMinimizer().minimize(model.problem().withFixed(0, 0.5), noCovariance);
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.log()).anyMatch(line -> line.startsWith("attempt 1") && line.contains("forward-difference Hessian"));
    }
}
