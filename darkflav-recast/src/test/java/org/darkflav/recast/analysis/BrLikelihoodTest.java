package org.darkflav.recast.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.physics.param.ParameterSet;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class BrLikelihoodTest {
    private static final Belle2017Counting BELLE = new Belle2017Counting(new AnalysisBundles(), ParameterSet.pdg2024());

    @Test
    void countingTermHasItsAnalyticSlopeAndBestFit() {
        for (CountingBrLikelihood t : List.of(BELLE.kaon().get(0), BELLE.kaon().get(1), BELLE.kstar().get(1))) {
            for (double br : new double[] {2e-6, 1.2e-5, 4e-5}) {
                double h = 1e-10;
                double fd = (t.twiceDeltaNll(br + h) - t.twiceDeltaNll(br - h)) / (2 * h);
                assertThat(t.derivative(br)).as(t.label()).isCloseTo(fd, within(1e-5 * Math.abs(fd) + 1e-3));
            }
            assertThat(t.twiceDeltaNll(t.best())).isCloseTo(0, within(1e-12));
            assertThat(t.twiceDeltaNll(t.upperLimit(2.71))).isCloseTo(2.71, within(1e-8));
        }
        // exactly known background: best fit (n - b)/k, with Belle's B+ -> K+ numbers n = 83, b = 83 - 17.7
        CountingChannel exact = new CountingChannel("test", 83, 65.3, 0, 1.66e6);
        CountingBrLikelihood t = new CountingBrLikelihood(exact, 1.0, "test");
        assertThat(t.best()).isCloseTo(17.7 / 1.66e6, within(1e-12));
        // Wilks: -2 ln L(0) = 2 (n ln(n/b) - (n - b)) = 2 (83 ln(83/65.3) - 17.7) = 4.4165
        assertThat(t.twiceDeltaNll(0)).isCloseTo(2 * (83 * Math.log(83 / 65.3) - 17.7), within(1e-9));
    }

    @Test
    void belleKstarCountsGiveBellesCombinedLimit() {
        // the paper (Sec. I): Belle's 90 % CL limit on B -> K* nu nubar is "at the level of 2.7e-5"
        // (Grygier et al. 2017, K*+ and K*0 combined). Our product of the two calibrated single-bin likelihoods,
        // 90 % likelihood-ratio upper end (Delta chi2 = 2.71), is within 10 % of it.
        BrLikelihood kstar = BrLikelihood.product(BELLE.kstar());
        assertThat(kstar.upperLimit(2.71)).isCloseTo(2.7e-5, within(0.27e-5));
        // and the single channels reproduce their quoted 90 % limits as posterior quantiles (by construction of k)
        assertThat(BELLE.kstar().get(0).channel().eventsPerBr()).isGreaterThan(0);
    }

    @Test
    void productOfGaussiansIsTheInverseVarianceMean() {
        AsymmetricGaussian a = new AsymmetricGaussian(1e-5, 2e-6, 2e-6, false);
        AsymmetricGaussian b = new AsymmetricGaussian(4e-6, 3e-6, 3e-6, false);
        BrLikelihood p = BrLikelihood.product(List.of(a, b));
        double wa = 1 / 4e-12;
        double wb = 1 / 9e-12;
        double mean = (wa * 1e-5 + wb * 4e-6) / (wa + wb);
        assertThat(p.best()).isCloseTo(mean, within(1e-15));
        assertThat(p.upperLimit(1)).isCloseTo(mean + 1 / Math.sqrt(wa + wb), within(1e-14));
        assertThat(p.label()).isEqualTo("AsymmetricGaussian + AsymmetricGaussian");
    }

    @Test
    void tabulationIsExactToInterpolationAccuracy() {
        BrLikelihood exact = BrLikelihood.product(BELLE.kstar());
        TabulatedBrLikelihood tab = new TabulatedBrLikelihood(exact);
        for (double br = 0; br < 1.5e-4; br += 3.7e-7) {
            assertThat(tab.twiceDeltaNll(br)).isCloseTo(exact.twiceDeltaNll(br), within(1e-7));
            assertThat(tab.derivative(br)).isCloseTo(exact.derivative(br), within(1e-6 * Math.abs(exact.derivative(br)) + 1));
        }
        assertThat(tab.best()).isEqualTo(exact.best());
    }
}
