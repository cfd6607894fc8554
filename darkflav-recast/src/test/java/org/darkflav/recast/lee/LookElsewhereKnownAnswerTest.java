package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.infer.LocalTaskRunner;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * Look-elsewhere toys on problems whose answer is known without toys: independent trials, where the
 * global p-value is exact, and a smooth Gaussian process, where the mean number of up-crossings is known
 * and Gross–Vitells is a bound tight to about its square.
 */
class LookElsewhereKnownAnswerTest {

    /**
     * 40 independent bins of known background b = 20, an observed excess of n = 32.5 in one of them. A
     * toy's q0 in a bin grows with its count n above b, so q0 ≥ q0_obs exactly when n ≥ 33, and
     * p_global = 1 − (1 − P(n ≥ 33 | b))^40 with the Poisson tail (Hipparchus): the trials factor of
     * independent tests, no asymptotics involved.
     */
    @Test
    void independentBinsGiveTheExactGlobalPValue() {
        int bins = 40;
        double b = 20;
        double[] observed = SyntheticScans.flat(bins, b);
        observed[17] = 32.5;
        var source = new SyntheticScans.IndependentBins(bins, b, 10, observed);
        LeeSetup setup = new LeeSetup("independent-bins", source.centres(), 2000, 11, 100);

        LeeResult r = run(setup, source);

        // q0 of a count n over a known b with the signal in that bin only: 2 (n ln(n/b) − (n − b))
        double n = 32.5;
        assertThat(r.observed().maxQ0()).isCloseTo(2 * (n * Math.log(n / b) - (n - b)), within(1e-6));
        assertThat(r.massAtMax()).isEqualTo(17.5);
        double pLocal = 1 - new PoissonDistribution(b).cumulativeProbability(32);
        double exact = 1 - Math.pow(1 - pLocal, bins);
        assertThat(r.failedToys()).isZero();
        assertThat(r.global().p()).isCloseTo(exact, within(3 * r.global().pError()));
        // the trials factor is large and the test sensitive to it: the local p is far below the global one
        assertThat(exact).isGreaterThan(20 * pLocal);
    }

    /**
     * A Gaussian signal of width 2 bins over b = 1e6 per bin, scanned every half bin over 40 bins, with an
     * observed bump of local Z ≈ 2.5. Z(m) is then a stationary Gaussian process with the correlation of
     * the signal templates, so the mean number of up-crossings of Z = 1 between neighbouring grid points
     * is Σ_j [Φ̄(1) − P(Z_j ≥ 1, Z_j+1 ≥ 1)], bivariate normal with their correlation
     * ({@link BivariateNormal}, ≈ 1.346). Gross–Vitells overestimates the global p-value by about the
     * chance of two separate excursions, ≈ p²/2 (a bound that becomes exact for rare excesses), plus the
     * Monte-Carlo errors of both sides.
     */
    @Test
    void smoothScanUpCrossingsAndGrossVitellsAgreeWithTheGaussianProcess() {
        int bins = 60;
        double b = 1e6;
        double width = 2;
        double[] observed = SyntheticScans.flat(bins, b);
        double[] bump = SyntheticScans.gaussian(bins, 30.0, width, 6657);
        for (int i = 0; i < bins; i++) {
            observed[i] += bump[i];
        }
        double[] masses = new double[81];
        for (int j = 0; j < masses.length; j++) {
            masses[j] = 10 + 0.5 * j;
        }
        var source = new SyntheticScans.SmoothBump(bins, b, 1000, width, observed);
        LeeSetup setup = new LeeSetup("smooth-bump", masses, 2000, 5, 100);

        LeeResult r = run(setup, source);

        assertThat(r.failedToys()).isZero();
        assertThat(r.localZMax()).isCloseTo(2.5, within(0.05));
        double expectedUpCrossings = expectedUpCrossings(bins, width, masses, 1.0);
        GrossVitells gv = r.grossVitells();
        assertThat(gv.meanUpCrossings()).isCloseTo(expectedUpCrossings, within(3 * gv.meanUpCrossingsError()));
        GlobalSignificance g = r.global();
        double tolerance = 3 * Math.hypot(g.pError(), gv.pError()) + gv.p() * gv.p() / 2;
        assertThat(gv.p()).isCloseTo(g.p(), within(tolerance));
        // and the effect is large: the global p-value is 15 times the local one
        assertThat(g.p()).isGreaterThan(15 * Normal.tail(r.localZMax()));
    }

    /** Σ over neighbouring grid points of P(Z_j < u ≤ Z_j+1), Z Gaussian with the templates' correlations. */
    private static double expectedUpCrossings(int bins, double width, double[] masses, double u) {
        double sum = 0;
        for (int j = 0; j + 1 < masses.length; j++) {
            double[] a = SyntheticScans.gaussian(bins, masses[j], width, 1);
            double[] c = SyntheticScans.gaussian(bins, masses[j + 1], width, 1);
            double ac = 0;
            double aa = 0;
            double cc = 0;
            for (int i = 0; i < bins; i++) {
                ac += a[i] * c[i];
                aa += a[i] * a[i];
                cc += c[i] * c[i];
            }
            double rho = ac / Math.sqrt(aa * cc);
            sum += Normal.tail(u) - BivariateNormal.upperOrthant(u, rho);
        }
        return sum;
    }

    private static LeeResult run(LeeSetup setup, ScanModelSource source) {
        return new LookElsewhere(new LocalTaskRunner(2), "local", GrossVitells.DEFAULT_REFERENCE_Z)
                .run(setup, source, LookElsewhere.Checkpointing.NONE, p -> { }).result();
    }
}
