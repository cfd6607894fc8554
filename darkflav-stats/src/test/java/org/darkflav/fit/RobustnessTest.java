package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** Problems shaped like the hard cases of real HistFactory workspaces. */
class RobustnessTest {

    private final Minimizer minimizer = new QuasiNewtonMinimizer();
    private final Minimizer tight = new QuasiNewtonMinimizer(FitOptions.builder().tolerance(1e-6).build());

    /**
     * How far a converged default fit may sit from the true minimum, in units of σ. Near a quadratic
     * minimum of f = 2NLL, f − f_min = EDM = δᵀ Σ⁻¹ δ ≥ (δ_i/σ_i)², so |δ_i| ≤ σ_i √EDM with
     * EDM &lt; 0.002 × 0.1 × 1 = 2e-4, i.e. 0.0142 σ_i.
     */
    static final double DEFAULT_SIGMAS = Math.sqrt(2e-4);

    /**
     * One bin with n = 435 events, ν = μ s + γ b (s = 50, b = 400), and a shapesys-like Poisson
     * constraint Pois(τ | γ τ) with τ = 1.9e11, as in the ATLAS three-lepton workspace. Both terms
     * are saturated at the MLE: ν̂ = n and γ̂ = 1, so μ̂ = (n − b)/s = 0.7. ν is linear in (μ, γ),
     * so the Hessian of the NLL at ν = n equals the Fisher information
     * I = [[s²/n, s b/n], [s b/n, b²/n + τ]] and the covariance is I⁻¹, giving
     * σ_μ² = n/s² + b²/(s² τ) and σ_γ² = 1/τ.
     */
    static final class ShapesysBin implements Objective {
        static final double N = 435;
        static final double S = 50;
        static final double B = 400;
        static final double TAU = 1.9e11;

        /**
         * With false, the constraint is written 2τ(γ − 1 − ln γ), equal up to a constant and free of
         * the ~1e13-sized cancelling terms, so finite differences of values can check the gradient.
         */
        private final boolean pyhfConstants;

        ShapesysBin() {
            this(true);
        }

        ShapesysBin(boolean pyhfConstants) {
            this.pyhfConstants = pyhfConstants;
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[2]);
        }

        @Override
        public double valueAndGradient(double[] x, double[] grad) {
            double mu = x[0];
            double gamma = x[1];
            double nu = mu * S + gamma * B;
            double rate = gamma * TAU;
            // −2 ln Pois(k | λ) = 2 (λ − k ln λ + lnΓ(k + 1)), all constants kept as pyhf does
            double constraint = pyhfConstants
                    ? 2 * (rate - TAU * Math.log(rate) + Gamma.logGamma(TAU + 1))
                    : 2 * TAU * (gamma - 1 - Math.log(gamma));
            double f = 2 * (nu - N * Math.log(nu) + Gamma.logGamma(N + 1)) + constraint;
            double dnu = 2 * (1 - N / nu);
            grad[0] = dnu * S;
            grad[1] = dnu * B + 2 * (TAU - TAU / gamma);
            return f;
        }
    }

    @Test
    void shapesysWithHugeTauFromPyhfInits() {
        // pyhf inits μ = 1, γ = 1 and bounds μ ∈ [0, 10], γ ∈ [1e-10, 10]
        assertShapesysMinimum(minimizer.minimize(shapesysProblem(1.0, 1.0)), DEFAULT_SIGMAS);
        assertShapesysMinimum(tight.minimize(shapesysProblem(1.0, 1.0)), 1e-5);
    }

    @Test
    void shapesysWithHugeTauFromADisplacedStart() {
        // γ displaced by 1e-3, i.e. ~440 σ_γ: 2NLL starts ~1.9e5 above its minimum
        assertShapesysMinimum(minimizer.minimize(shapesysProblem(5.0, 1.001)), DEFAULT_SIGMAS);
        assertShapesysMinimum(tight.minimize(shapesysProblem(5.0, 1.001)), 1e-5);
    }

    private static FitProblem shapesysProblem(double mu, double gamma) {
        return new FitProblem(new ShapesysBin(), new double[] {mu, gamma}, new double[] {0, 1e-10},
                new double[] {10, 10}, new boolean[2]);
    }

    private static void assertShapesysMinimum(FitResult r, double sigmas) {
        double n = ShapesysBin.N;
        double s = ShapesysBin.S;
        double b = ShapesysBin.B;
        double tau = ShapesysBin.TAU;
        double sigmaMu = Math.sqrt(n / (s * s) + b * b / (s * s * tau));
        double sigmaGamma = 1 / Math.sqrt(tau);
        assertThat(r.status()).as(r.log().toString()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.values()[0]).isCloseTo((n - b) / s, within(sigmas * sigmaMu));
        assertThat(r.values()[1]).isCloseTo(1.0, within(Math.max(sigmas * sigmaGamma, 1e-15)));
        // expected errors from the Fisher information (class comment); 1e-3 relative allows for
        // finite differences of a gradient whose γ component is a difference of 1e11-sized terms
        assertThat(r.errors()[0]).isCloseTo(sigmaMu, within(1e-3 * sigmaMu));
        assertThat(r.errors()[1]).isCloseTo(sigmaGamma, within(1e-3 * sigmaGamma));
    }

    @Test
    void badlyScaledCorrelatedQuadratic() {
        // A = S C S with S = diag(1e3, 1, 1e-3) and a correlation-like C: condition number ~1e12.
        // The minimum is c and the covariance of the 2NLL (x−c)ᵀA(x−c) is A⁻¹ (Gaussian), here from
        // Hipparchus' LU decomposition as an independent reference.
        double[] sc = {1e3, 1, 1e-3};
        double[][] c = {{1, 0.5, -0.3}, {0.5, 1, 0.2}, {-0.3, 0.2, 1}};
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = sc[i] * c[i][j] * sc[j];
            }
        }
        double[] centre = {1e-3, 2, -3e3};
        FitResult r = minimizer.minimize(TestObjectives.unbounded(TestObjectives.quadratic(a, centre, 0), new double[3]));
        double[][] expected = new LUDecomposition(MatrixUtils.createRealMatrix(a)).getSolver().getInverse().getData();
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        for (int i = 0; i < 3; i++) {
            double sigma = Math.sqrt(expected[i][i]);
            assertThat(r.values()[i]).isCloseTo(centre[i], within(1e-3 * sigma));
            assertThat(r.errors()[i]).isCloseTo(sigma, within(1e-6 * sigma));
            for (int j = 0; j < 3; j++) {
                assertThat(r.covariance()[i][j]).isCloseTo(expected[i][j], within(1e-6 * Math.sqrt(expected[i][i] * expected[j][j])));
            }
        }
    }

    @Test
    void badlyScaledRotatedQuadraticStillConverges() {
        // eigenvalues 1 and 1e-12 along (1, 1)/√2 and (1, −1)/√2: no diagonal scaling helps, the
        // minimum (3, −2) must still be found (to 1e-3 of the 1e6-wide σ along the flat direction)
        double l1 = 1;
        double l2 = 1e-12;
        double[][] a = {{(l1 + l2) / 2, (l1 - l2) / 2}, {(l1 - l2) / 2, (l1 + l2) / 2}};
        FitResult r = minimizer.minimize(TestObjectives.unbounded(TestObjectives.quadratic(a, new double[] {3, -2}, 0),
                new double[] {0, 0}));
        assertThat(r.converged()).as(r.log().toString()).isTrue();
        assertThat(r.minimum()).isLessThan(2e-4);
        assertThat(r.values()[0] - r.values()[1]).isCloseTo(5, within(1e3));
        assertThat(r.values()[0] + r.values()[1]).isCloseTo(1, within(1e-3));
    }

    /** f = Σ (x_i − ln x_i), minimum n at x = 1; NaN for x ≤ 0 (ln of a negative number). */
    static Objective logBarrier(int n) {
        return TestObjectives.of(n, (x, grad) -> {
            double f = 0;
            for (int i = 0; i < n; i++) {
                f += x[i] - Math.log(x[i]);
                grad[i] = 1 - 1 / x[i];
            }
            return f;
        });
    }

    @Test
    void recoversFromNaNInPartOfTheDomain() {
        // from x = 5 the Newton step (curvature 1/x² = 0.04, slope 0.8) goes to x = −15, where ln is NaN
        FitResult r = minimizer.minimize(TestObjectives.unbounded(logBarrier(2), new double[] {5, 8}));
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        // σ = √2 at the minimum (below), so a default fit lies within √2 × 0.0142 of x = 1
        assertThat(r.values()).containsExactly(new double[] {1, 1}, within(Math.sqrt(2) * DEFAULT_SIGMAS));
        assertThat(r.minimum()).isCloseTo(2, within(2e-4));
        // at x = 1 the Hessian of f is 1, so the covariance 2 · errordef · H⁻¹ is 2
        // (evaluated at the fitted point, x ≈ 1 ± 0.02, where H = 1/x², so 2 % relative)
        assertThat(r.errors()).containsExactly(new double[] {Math.sqrt(2), Math.sqrt(2)}, within(0.03 * Math.sqrt(2)));
    }

    @Test
    void nanAtTheStartIsReported() {
        FitResult r = minimizer.minimize(TestObjectives.unbounded(logBarrier(2), new double[] {-1, 1}));
        assertThat(r.status()).isEqualTo(FitStatus.NOT_FINITE);
        assertThat(r.evaluations()).isEqualTo(1);
    }

    @Test
    void objectiveThatTurnsNaNEverywhereAwayFromTheStartFailsHonestly() {
        // finite only at exactly the start point: no step can be taken, so no convergence may be claimed
        Objective base = TestObjectives.quadratic(new double[][] {{1, 0}, {0, 1}}, new double[] {1, 1}, 0);
        Objective spiky = TestObjectives.of(2, (x, grad) -> {
            double f = base.valueAndGradient(x, grad);
            return x[0] == 0 && x[1] == 0 ? f : Double.NaN;
        });
        FitResult r = minimizer.minimize(TestObjectives.unbounded(spiky, new double[] {0, 0}));
        assertThat(r.converged()).isFalse();
        assertThat(r.status()).isEqualTo(FitStatus.NOT_FINITE);
        assertThat(r.log()).hasSizeGreaterThanOrEqualTo(3);
    }
}
