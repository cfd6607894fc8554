package org.darkflav.recast.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.darkflav.recast.data.Binning;
import org.junit.jupiter.api.Test;

class SignalShapeTest {
    /** Belle II ITA q2rec bins; outer edges from arXiv:2311.14647 (not confirmed from the likelihood). */
    private static final Binning ITA = new Binning(new double[] {-1, 4, 8, 25});

    @Test
    void gaussianFractionsAtTwoGeV() {
        // scipy.stats.norm.cdf differences at (edge - 4)/1.5, computed independently:
        // [0.49957093966680316, 0.4961696194324102, 0.003830380567589775], sum 0.9995709396668032
        double[] lose = new BinnedSignal(GaussianShape.PAPER, OutOfRangePolicy.LOSE_OUTSIDE).fractions(2.0, ITA);
        assertThat(lose).containsExactly(new double[] {0.49957093966680316, 0.4961696194324102, 0.003830380567589775},
                within(1e-13));
        double[] kept = BinnedSignal.PAPER.fractions(2.0, ITA);
        assertThat(kept[0] + kept[1] + kept[2]).isCloseTo(1.0, within(1e-15));
        assertThat(kept[0]).isCloseTo(0.49978537774750637, within(1e-13));
    }

    @Test
    void renormalisingMattersAtZeroMass() {
        // scipy: a line at q2 = 0 with sigma 1.5 keeps 0.7475 of its probability inside [-1, 25]
        double[] lose = new BinnedSignal(GaussianShape.PAPER, OutOfRangePolicy.LOSE_OUTSIDE).fractions(0.0, ITA);
        assertThat(lose[0] + lose[1] + lose[2]).isCloseTo(0.7475074624530771, within(1e-12));
        assertThat(BinnedSignal.PAPER.fractions(0.0, ITA)[0]).isCloseTo(0.9948757962161077, within(1e-12));
    }

    @Test
    void narrowResolutionPutsTheLineInItsBin() {
        // sigma -> 0: all of a line at q2 = 5 GeV^2 falls into [4, 8)
        double[] f = new BinnedSignal(new GaussianShape(1e-6), OutOfRangePolicy.LOSE_OUTSIDE)
                .fractions(Math.sqrt(5.0), ITA);
        assertThat(f).containsExactly(new double[] {0, 1, 0}, within(1e-15));
        double[] cb = new BinnedSignal(new CrystalBallShape(1e-6, 1.0, 3.0, CrystalBallShape.Tail.LOW),
                OutOfRangePolicy.LOSE_OUTSIDE).fractions(Math.sqrt(5.0), ITA);
        assertThat(cb).containsExactly(new double[] {0, 1, 0}, within(1e-9));
    }

    @Test
    void lineOnAnEdgeSplitsEvenlyForSymmetricShapes() {
        Binning two = new Binning(new double[] {0, 4, 8});
        for (SignalShape s : new SignalShape[] {new GaussianShape(0.7),
                new BreitWignerGaussianShape(0.05, 0.7, 0.0, 22.885)}) {
            double[] f = new BinnedSignal(s, OutOfRangePolicy.LOSE_OUTSIDE).fractions(2.0, two);
            // the truncation at 0 and 22.885 is far away (> 5 sigma and > 100 BW half-widths... up to tails)
            assertThat(f[0]).as(s.label()).isCloseTo(f[1], within(2e-3));
        }
    }

    @Test
    void crystalBallCdfMatchesTheIntegratedDensity() {
        // independent density written from the textbook formula, integrated by Simpson's rule on a fine grid
        // from 250 GeV^2 below the peak (the n = 4.5 tail beyond holds < 1e-7 of the probability)
        double mean = 4.0;
        for (CrystalBallShape.Tail tail : CrystalBallShape.Tail.values()) {
            CrystalBallShape cb = new CrystalBallShape(1.2, 1.3, 4.5, tail);
            double norm = simpson(x -> crystalBallDensity(x, mean, 1.2, 1.3, 4.5, tail), mean - 250, mean + 250);
            for (double x : new double[] {-3, 0, 2.44, 4, 5, 9}) {
                double direct = simpson(y -> crystalBallDensity(y, mean, 1.2, 1.3, 4.5, tail), mean - 250, x) / norm;
                assertThat(cb.cdf(x, mean)).as("%s at %s", tail, x).isCloseTo(direct, within(2e-7));
            }
        }
    }

    private static double simpson(DoubleUnaryOperator f, double a, double b) {
        int n = 200_000;
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int k = 1; k < n; k++) {
            s += (k % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + k * h);
        }
        return s * h / 3;
    }

    @Test
    void crystalBallTailsMirrorAndReduceToGaussian() {
        CrystalBallShape low = new CrystalBallShape(1.5, 0.8, 4.0, CrystalBallShape.Tail.LOW);
        CrystalBallShape high = new CrystalBallShape(1.5, 0.8, 4.0, CrystalBallShape.Tail.HIGH);
        for (double d : new double[] {-5, -1, 0, 0.3, 2, 7}) {
            assertThat(high.cdf(4 + d, 4)).isCloseTo(1 - low.cdf(4 - d, 4), within(1e-14));
        }
        // alpha = 30: the tail starts 30 sigma out, so the shape is the Gaussian
        CrystalBallShape far = new CrystalBallShape(1.5, 30, 4.0, CrystalBallShape.Tail.LOW);
        for (double x : new double[] {-2, 3, 4, 6.5}) {
            assertThat(far.cdf(x, 4)).isCloseTo(GaussianShape.PAPER.cdf(x, 4), within(1e-14));
        }
        assertThat(low.cdf(1e9, 4)).isCloseTo(1.0, within(1e-12));
        assertThat(low.cdf(4, 4)).isGreaterThan(0.5); // more probability below the peak with a low tail
    }

    @Test
    void breitWignerCdfMatchesDirectIntegration() {
        // slow reference: trapezoid over true q2 of the truncated Cauchy density times Phi
        double width = 0.3;
        double sigma = 1.0;
        BreitWignerGaussianShape bw = new BreitWignerGaussianShape(width, sigma, 0.0, 22.885);
        double m2 = 4.0;
        double gamma = 2.0 * width;
        int n = 400_000;
        double h = 22.885 / n;
        double z = 0;
        double[] xs = {-1, 2.5, 4, 6, 12};
        double[] acc = new double[xs.length];
        for (int k = 0; k <= n; k++) {
            double t = k * h;
            double w = (k == 0 || k == n ? 0.5 : 1.0) * h / ((t - m2) * (t - m2) + gamma * gamma);
            z += w;
            for (int i = 0; i < xs.length; i++) {
                acc[i] += w * SignalShape.standardNormalCdf((xs[i] - t) / sigma);
            }
        }
        for (int i = 0; i < xs.length; i++) {
            assertThat(bw.cdf(xs[i], m2)).as("x = %s", xs[i]).isCloseTo(acc[i] / z, within(1e-8));
        }
        assertThat(bw.cdf(60, m2)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void breitWignerOfVanishingWidthIsTheGaussian() {
        BreitWignerGaussianShape bw = new BreitWignerGaussianShape(1e-7, 1.5, 0.0, 22.885);
        for (double x : new double[] {-1, 3, 4, 5.5, 8}) {
            assertThat(bw.cdf(x, 4.0)).isCloseTo(GaussianShape.PAPER.cdf(x, 4.0), within(1e-6));
        }
    }

    @Test
    void badParametersAreRejectedWithTheirName() {
        assertThatThrownBy(() -> new GaussianShape(0)).hasMessageContaining("sigma");
        assertThatThrownBy(() -> new CrystalBallShape(1, 1, 1, CrystalBallShape.Tail.LOW))
                .hasMessageContaining("n must be");
        assertThatThrownBy(() -> new BreitWignerGaussianShape(0.1, 1, 0, 22.885).cdf(1, 30))
                .hasMessageContaining("outside the physical range");
        assertThatThrownBy(() -> BinnedSignal.PAPER.fractions(-1, ITA)).hasMessageContaining("m_X");
        assertThatThrownBy(() -> new BinnedSignal(new GaussianShape(0.01), OutOfRangePolicy.RENORMALISE_TO_BINNED_RANGE)
                .fractions(6, ITA)).hasMessageContaining("no probability");
    }

    /** Crystal Ball density (unnormalised), straight from its definition. */
    private static double crystalBallDensity(double x, double mean, double sigma, double alpha, double n,
            CrystalBallShape.Tail tail) {
        double t = (x - mean) / sigma;
        if (tail == CrystalBallShape.Tail.HIGH) {
            t = -t;
        }
        if (t > -alpha) {
            return Math.exp(-0.5 * t * t);
        }
        double a = Math.pow(n / alpha, n) * Math.exp(-0.5 * alpha * alpha);
        double b = n / alpha - alpha;
        return a * Math.pow(b - t, -n);
    }
}
