package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.fit.FitResult;
import org.junit.jupiter.api.Test;

/**
 * Toy fits are warm-started (from the generating point and its metric; the fixed fit from the free fit).
 * Checked against the slow, obviously correct procedure: the same toys (same seeds) fitted from cold
 * starts at the suggested init, with the production minimiser.
 */
class ToyWarmStartTest {

    private static final int TOYS = 150;
    private static final long SEED = 2024;

    @Test
    void warmStartedToysGiveTheColdStartTestStatistics() {
        // a four-bin uncorrelated-background model with a 1-2 sigma excess, so toys of both hypotheses matter
        UncorrelatedBackgroundModel model = new UncorrelatedBackgroundModel(new double[] {4, 9, 12, 5},
                new double[] {60, 45, 30, 12}, new double[] {6, 5, 5, 3}, new double[] {66, 55, 41, 15}, 0, 10);
        ProfileLikelihood likelihood = ProfileLikelihood.of(model);
        double mu = 1.0;
        HypoTestResult warm = new HypoTest(likelihood, new LocalTaskRunner(2))
                .test(mu, TestStatistic.QMU_TILDE, new Calculator.Toys(TOYS, SEED), ProgressListener.NONE);
        ToyResult toys = warm.toys().orElseThrow();
        assertThat(toys.failedFits()).isZero();
        for (int i = 0; i < 2 * TOYS; i++) {
            double generatingPoi = i < TOYS ? mu : TestStatistic.QMU_TILDE.alternativePoi();
            double cold = coldStatistic(likelihood, generatingPoi, i, mu);
            double value = i < TOYS ? toys.nullDistribution()[i] : toys.alternativeDistribution()[i - TOYS];
            // q~ is a difference of two minima of 2NLL, each converged to EDM < 2e-11 (INFERENCE_FIT_OPTIONS)
            assertThat(value).as("toy %d", i).isCloseTo(cold, within(1e-7));
        }
    }

    /** Toy {@code index} drawn as the calculator draws it (suggested init, POI at the hypothesis), fitted cold. */
    private static double coldStatistic(ProfileLikelihood likelihood, double generatingPoi, int index, double mu) {
        double[] pars = likelihood.model().suggestedInit();
        pars[likelihood.poiIndex()] = generatingPoi;
        double[] data = likelihood.model().sample(pars, ToySeeds.generator(SEED, index));
        FitResult free = likelihood.fit(data);
        FitResult fixed = likelihood.fixedPoiFit(data, mu);
        assertThat(free.converged() && fixed.converged()).isTrue();
        return TestStatistic.QMU_TILDE.fromFits(mu, free.values()[likelihood.poiIndex()], fixed.minimum(),
                free.minimum());
    }
}
