package org.darkflav.recast.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.CountingResult;
import org.darkflav.recast.data.Provenance;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class BabarKstarLimitsTest {

    private static final AnalysisBundles BUNDLES = new AnalysisBundles();
    private static final BabarKstarApproximateLikelihood KSTAR = BabarKstarApproximateLikelihood.fromBundles(BUNDLES);

    @Test
    void tabulatedRowIsReproduced() {
        // Babar_BKstarinv.txt row 137: m = 1.9971807393776395 GeV, best 7.235023041474654e-06,
        // upper edge 2.667276474538592e-05, lower edge 0 (boundary)
        KstarXLimit l = KSTAR.limits(1.9971807393776395);
        double best = 7.235023041474654e-06;
        double up = 2.667276474538592e-05;
        assertThat(l.br()).isCloseTo(best, within(1e-18));
        assertThat(l.br() + l.errHi()).isCloseTo(up, within(1e-18));
        assertThat(l.errLo()).isCloseTo(best, within(1e-18)); // interval reaches Br = 0
        assertThat(l.lowerEdgeAtBoundary()).isTrue();
        // upper limits: best + (up - best) sqrt(dchi2) with the chi2(1 dof) quantiles 2.7055 / 3.8415 and 4
        assertThat(l.ul90()).isCloseTo(best + (up - best) * 1.6448536269514722, within(1e-15));
        assertThat(l.ul95()).isCloseTo(best + (up - best) * 1.959963984540054, within(1e-15));
        assertThat(l.ul2Sigma()).isCloseTo(best + (up - best) * 2, within(1e-15));
        assertThat(l.ul90()).isGreaterThan(l.br()).isLessThan(l.ul95());
        assertThat(l.ul95()).isLessThan(l.ul2Sigma());
    }

    @Test
    void interpolatesAtTwoGeVAndGivesAFewTimesTenToMinusFive() {
        // rows 137/138 (m = 1.99718, 2.01112): best 7.235023e-6 in both; upper 2.667276e-5 and 2.676215e-5,
        // linear in m: t = (2 - 1.9971807) / 0.0139430 = 0.20220 -> upper 2.669084e-5
        KstarXLimit l = KSTAR.limits(2.0);
        assertThat(l.br()).isCloseTo(7.235023e-6, within(1e-12));
        assertThat(l.br() + l.errHi()).isCloseTo(2.669084e-5, within(2e-11));
        // paper Sec. II: "an upper limit of a few times 1e-5, depending on m_X"
        for (double m : new double[] {0.5, 1, 2, 2.5}) {
            assertThat(KSTAR.limits(m).ul90()).as("m = " + m).isBetween(1e-5, 1e-4);
        }
    }

    @Test
    void likelihoodTermHasItsDerivative() {
        AsymmetricGaussian g = KSTAR.at(1.0);
        KstarXLimit l = KSTAR.limits(1.0);
        assertThat(g.twiceDeltaNll(l.ul90())).isCloseTo(2.705543454095404, within(1e-9));
        assertThat(g.twiceDeltaNll(l.ul2Sigma())).isCloseTo(4, within(1e-9));
        for (double br : new double[] {1e-6, 2e-5, 5e-5}) {
            double h = 1e-11;
            double fd = (g.twiceDeltaNll(br + h) - g.twiceDeltaNll(br - h)) / (2 * h);
            assertThat(g.derivative(br)).isCloseTo(fd, within(1e-5 * Math.abs(fd)));
        }
    }

    @Test
    void scanStopsWhereTheDigitisedBandCloses() {
        // the curve starts at 0.10094 GeV (no extrapolation below) and is trusted up to 2.70 GeV
        List<KstarXLimit> s = KSTAR.scan(new double[] {0, 0.1, 0.2, 1, 2.7, 2.8, 3.0});
        assertThat(s).extracting(KstarXLimit::massGeV).containsExactly(0.2, 1.0, 2.7);
        assertThatThrownBy(() -> KSTAR.at(3.0)).hasMessageContaining("outside the tabulated range");
    }

    @Test
    void countingChannelsReproduceTheirQuotedLimitsAndPoissonRatio() {
        BabarKstarCounting counting = BabarKstarCounting.fromBundles(BUNDLES);
        List<CountingLimit> limits = counting.limits();
        // by construction (calibration): flavio's quoted 90 % limits 11.6e-5 (B+) and 9.3e-5 (B0)
        assertThat(limits.get(0).ul90()).isCloseTo(11.6e-5, within(1e-9));
        assertThat(limits.get(1).ul90()).isCloseTo(9.3e-5, within(1e-9));
        // the 95/90 ratio is a property of the Poisson model alone: checked against an independent 2-D
        // midpoint-rule integral over (signal, background) of the same posterior
        for (int c = 0; c < 2; c++) {
            CountingChannel ch = counting.channels().get(c);
            double ratio = bruteForceQuantile(ch, 0.95) / bruteForceQuantile(ch, 0.90);
            assertThat(limits.get(c).ul95() / limits.get(c).ul90()).as(ch.name()).isCloseTo(ratio, within(1e-3));
        }
        // a common Br from two channels with small excesses is more constrained than either alone
        CountingLimit combined = limits.get(2);
        assertThat(combined.ul90()).isLessThan(limits.get(1).ul90()).isLessThan(combined.ul95());
    }

    @Test
    void exactlyKnownBackgroundMatchesTheGammaClosedForm() {
        // with db = 0 the flat-prior posterior of s is Gamma(n + 1) in s + b cut at s >= 0:
        // F(S) = (P(n + 1, b + S) - P(n + 1, b)) / (1 - P(n + 1, b)), P the regularised gamma function
        CountingResult r = new CountingResult("test", "BaBar", "x", "BR(test)", 1e-4, 0.9, 6, 4.3, Double.NaN, 0,
                new Provenance("test", "test", "test", false));
        CountingChannel ch = CountingChannel.calibrated(r);
        double s90 = gammaQuantile(6, 4.3, 0.90);
        double s95 = gammaQuantile(6, 4.3, 0.95);
        assertThat(ch.eventsPerBr()).isCloseTo(s90 / 1e-4, within(1e-4 * s90 / 1e-4));
        BabarKstarCounting one = new BabarKstarCounting(List.of(ch));
        assertThat(one.upperLimit(ch, 0.95)).isCloseTo(1e-4 * s95 / s90, within(1e-4 * 1e-4));
        assertThatThrownBy(() -> CountingChannel.calibrated(new CountingResult("t", "Belle", "y", "BR(z)", 1e-4, 0.9, 5,
                Double.NaN, Double.NaN, 0.5, r.provenance()))).hasMessageContaining("cannot be calibrated");
        // a Belle-style entry (fitted signal instead of background): background = observed - signal, as in flavio
        CountingChannel belle = CountingChannel.calibrated(new CountingResult("t", "Belle", "y", "BR(z)", 1e-4, 0.9, 5,
                Double.NaN, 1.0, 0.5, r.provenance()));
        assertThat(belle.background()).isEqualTo(4.0);
        assertThat(belle.backgroundStd()).isEqualTo(0.5);
    }

    private static double gammaQuantile(int n, double b, double p) {
        double p0 = Gamma.regularizedGammaP(n + 1, b);
        double lo = 0;
        double hi = 100;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double f = (Gamma.regularizedGammaP(n + 1, b + mid) - p0) / (1 - p0);
            if (f < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Quantile in signal events from a midpoint rule over s in [0, 80] and b within ±10 δb (b ≥ 0). */
    private static double bruteForceQuantile(CountingChannel ch, double p) {
        int ns = 16_000;
        int nb = 400;
        double ds = 80.0 / ns;
        double bLo = Math.max(0, ch.background() - 10 * ch.backgroundStd());
        double db = (ch.background() + 10 * ch.backgroundStd() - bLo) / nb;
        double[] post = new double[ns];
        double total = 0;
        for (int i = 0; i < ns; i++) {
            double s = (i + 0.5) * ds;
            double sum = 0;
            for (int j = 0; j < nb; j++) {
                double b = bLo + (j + 0.5) * db;
                double z = (b - ch.background()) / ch.backgroundStd();
                double mu = s + b;
                sum += Math.exp(-0.5 * z * z) * Math.pow(mu, ch.observed()) * Math.exp(-mu);
            }
            post[i] = sum;
            total += sum;
        }
        double acc = 0;
        for (int i = 0; i < ns; i++) {
            if (acc + post[i] >= p * total) {
                return (i + (p * total - acc) / post[i]) * ds;
            }
            acc += post[i];
        }
        throw new AssertionError("quantile beyond the grid");
    }
}
