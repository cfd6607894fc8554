package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HessianTest {

    /**
     * f = eˣ + x y² + z sin y + z⁴ with gradient (eˣ + y², 2xy + z cos y, sin y + 4z³) and
     * Hessian [[eˣ, 2y, 0], [2y, 2x − z sin y, cos y], [0, cos y, 12 z²]], derived by hand.
     */
    static final class Smooth implements Objective {
        double[] lower = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] upper = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        int outside;

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double value(double[] p) {
            return valueAndGradient(p, new double[3]);
        }

        @Override
        public double valueAndGradient(double[] p, double[] g) {
            for (int i = 0; i < 3; i++) {
                outside += p[i] < lower[i] || p[i] > upper[i] ? 1 : 0;
            }
            double x = p[0];
            double y = p[1];
            double z = p[2];
            g[0] = Math.exp(x) + y * y;
            g[1] = 2 * x * y + z * Math.cos(y);
            g[2] = Math.sin(y) + 4 * z * z * z;
            return Math.exp(x) + x * y * y + z * Math.sin(y) + z * z * z * z;
        }

        static double[][] analytic(double x, double y, double z) {
            return new double[][] {
                {Math.exp(x), 2 * y, 0}, {2 * y, 2 * x - z * Math.sin(y), Math.cos(y)}, {0, Math.cos(y), 12 * z * z}
            };
        }
    }

    private static final double[] POINT = {0.3, -0.7, 1.1};
    private static final int[] ALL = {0, 1, 2};

    @Test
    void centralDifferencesMatchTheAnalyticHessian() {
        Smooth f = new Smooth();
        double[][] h = Hessian.compute(f, POINT, ALL, f.lower, f.upper, null);
        // truncation O(h²) with h = 6e-6 and rounding ~1e-16/h: both far below 1e-8
        assertMatrixClose(h, Smooth.analytic(0.3, -0.7, 1.1), 1e-8);
    }

    @Test
    void oneSidedDifferencesAtBoundsStayInside() {
        Smooth f = new Smooth();
        f.lower = new double[] {-1, -0.7, -5};
        f.upper = new double[] {0.3, 1, 1.1};
        double[][] h = Hessian.compute(f, POINT, ALL, f.lower, f.upper, null);
        assertThat(f.outside).isZero();
        // second-order one-sided differences: O(h²) truncation, rounding ~3e-16/h
        assertMatrixClose(h, Smooth.analytic(0.3, -0.7, 1.1), 1e-7);
    }

    @Test
    void forwardDifferencesAreFirstOrderAccurate() {
        Smooth f = new Smooth();
        double[][] h = Hessian.compute(f, POINT, ALL, f.lower, f.upper, null, false);
        // truncation ½ h f''' with h = 6e-6 and third derivatives ≤ 15 here: below 1e-4
        assertMatrixClose(h, Smooth.analytic(0.3, -0.7, 1.1), 1e-4);
    }

    @Test
    void subsetOfArgumentsKeepsTheOthersFixed() {
        Smooth f = new Smooth();
        double[][] h = Hessian.compute(f, POINT, new int[] {2, 0}, f.lower, f.upper, null);
        double[][] full = Smooth.analytic(0.3, -0.7, 1.1);
        assertMatrixClose(h, new double[][] {{full[2][2], full[2][0]}, {full[0][2], full[0][0]}}, 1e-8);
    }

    @Test
    void covarianceIsTwiceErrordefTimesTheInverse() {
        // f = 2NLL = (x/σ)² has H = 2/σ²; covariance must be σ² = 2 · 1 · H⁻¹, here σ = 3 and 1e-5
        Hessian.Covariance c = Hessian.covariance(new double[][] {{2.0 / 9, 0}, {0, 2e10}}, 1.0);
        assertThat(c.positiveDefinite()).isTrue();
        assertThat(c.matrix()[0][0]).isCloseTo(9, within(1e-12));
        assertThat(c.matrix()[1][1]).isCloseTo(1e-10, within(1e-22));
        assertThat(c.matrix()[0][1]).isZero();
    }

    @Test
    void hugeCurvatureNextToTinyOneIsStillPositiveDefinite() {
        // curvatures 1e11 and 1e-3 with correlation 0.5: equilibration makes this a benign matrix
        double a = 1e11;
        double b = 1e-3;
        double off = 0.5 * Math.sqrt(a * b);
        Hessian.Covariance c = Hessian.covariance(new double[][] {{a, off}, {off, b}}, 0.5);
        // inverse of [[a, o], [o, b]] is [[b, −o], [−o, a]] / (ab − o²) = … / (0.75 ab); × 2 × 0.5
        double det = a * b - off * off;
        assertThat(c.positiveDefinite()).isTrue();
        assertThat(c.matrix()[0][0]).isCloseTo(b / det, within(1e-9 * b / det));
        assertThat(c.matrix()[1][1]).isCloseTo(a / det, within(1e-9 * a / det));
        assertThat(Hessian.correlation(c.matrix())[0][1]).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void indefiniteHessianIsRegularisedAndSaysSo() {
        // [[1, 2], [2, 1]] has eigenvalues 3 and −1 on (1, 1)/√2 and (1, −1)/√2; with |λ| the
        // inverse is [[2/3, −1/3], [−1/3, 2/3]], times 2 · errordef = 2
        Hessian.Covariance c = Hessian.covariance(new double[][] {{1, 2}, {2, 1}}, 1.0);
        assertThat(c.positiveDefinite()).isFalse();
        assertMatrixClose(c.matrix(), new double[][] {{4.0 / 3, -2.0 / 3}, {-2.0 / 3, 4.0 / 3}}, 1e-12);
    }

    @Test
    void correlationOfACovariance() {
        double[][] r = Hessian.correlation(new double[][] {{4, -1.2, 0}, {-1.2, 1, 0}, {0, 0, 0}});
        // ρ = −1.2 / (2 · 1) = −0.6; a zero-variance (fixed) row gives 0 off the diagonal
        assertThat(r[0][1]).isCloseTo(-0.6, within(1e-15));
        assertThat(r[1][0]).isCloseTo(-0.6, within(1e-15));
        assertThat(r[2]).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void freeIndicesSkipFixedOnes() {
        assertThat(Hessian.freeIndices(new boolean[] {true, false, false, true, false})).containsExactly(1, 2, 4);
    }

    static void assertMatrixClose(double[][] actual, double[][] expected, double tolerance) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertThat(actual[i][j]).as("[%d][%d]", i, j)
                        .isCloseTo(expected[i][j], within(tolerance * Math.max(1, Math.abs(expected[i][j]))));
            }
        }
    }
}
