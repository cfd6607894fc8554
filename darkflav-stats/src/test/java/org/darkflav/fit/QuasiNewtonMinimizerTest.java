package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Unconstrained and simply bounded problems whose minima and covariances are known in closed form. */
class QuasiNewtonMinimizerTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private final Minimizer defaults = new QuasiNewtonMinimizer();
    private final Minimizer tight = new QuasiNewtonMinimizer(FitOptions.builder().tolerance(1e-8).build());

    @Test
    void rosenbrock2dFromTheClassicStart() {
        // start (−1.2, 1) is Rosenbrock's original; minimum f = 0 at (1, 1)
        FitResult r = tight.minimize(TestObjectives.unbounded(TestObjectives.rosenbrock(2), new double[] {-1.2, 1}));
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.values()).containsExactly(new double[] {1, 1}, within(1e-5));
        assertThat(r.minimum()).isLessThan(1e-10);
        assertThat(r.iterations()).isLessThan(100);
    }

    @Test
    void rosenbrock10dFromMinusOnes() {
        // the chained form has its global minimum 0 at (1, …, 1); from (−1, …, −1) BFGS reaches it
        FitResult r = tight.minimize(TestObjectives.unbounded(TestObjectives.rosenbrock(10), TestObjectives.filled(10, -1)));
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.values()).containsExactly(TestObjectives.filled(10, 1), within(1e-5));
        assertThat(r.minimum()).isLessThan(1e-10);
    }

    @Test
    void defaultToleranceStopsWhereTheEdmPromises() {
        // MIGRAD's rule: EDM < 0.002 × 0.1 × 1 = 2e-4 and, on a near-quadratic minimum, f − fmin ≈ EDM
        FitResult r = defaults.minimize(TestObjectives.unbounded(TestObjectives.rosenbrock(2), new double[] {-1.2, 1}));
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.edm()).isLessThan(2e-4);
        assertThat(r.minimum()).isLessThan(1e-3);
    }

    @Test
    void gaussianTwiceNllGivesItsCovariance() {
        // 2NLL of a 2-D Gaussian is (x−μ)ᵀ Σ⁻¹ (x−μ); with errordef 1 the covariance must be Σ
        // (σ1 = 2, σ2 = 0.5, ρ = 0.6) and the minimum 2NLL is the offset 7.5
        double s1 = 2;
        double s2 = 0.5;
        double rho = 0.6;
        double[][] sigma = {{s1 * s1, rho * s1 * s2}, {rho * s1 * s2, s2 * s2}};
        FitResult r = defaults.minimize(TestObjectives.unbounded(
                TestObjectives.quadratic(inverse2(sigma), new double[] {1.5, -0.25}, 7.5), new double[] {0, 0}));
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.values()).containsExactly(new double[] {1.5, -0.25}, within(1e-6));
        assertThat(r.minimum()).isCloseTo(7.5, within(1e-10));
        assertThat(r.errors()).containsExactly(new double[] {s1, s2}, within(1e-6));
        assertThat(Hessian.correlation(r.covariance())[0][1]).isCloseTo(rho, within(1e-7));
        assertThat(r.hasParametersAtLimit()).isFalse();
    }

    @Test
    void nllWithErrordefHalfGivesTheSameCovariance() {
        // NLL = ½ (x−μ)²/σ² with errordef 0.5 must give σ = 3 again
        Minimizer m = new QuasiNewtonMinimizer(FitOptions.builder().errordef(0.5).build());
        FitResult r = m.minimize(TestObjectives.unbounded(
                TestObjectives.quadratic(new double[][] {{0.5 / 9}}, new double[] {4}, 0), new double[] {0}));
        assertThat(r.values()[0]).isCloseTo(4, within(1e-6));
        assertThat(r.errors()[0]).isCloseTo(3, within(1e-6));
    }

    @Test
    void minimumOnAnUpperBoundIsFlagged() {
        // (x − 3)² + 10 (y + 1)² on 0 ≤ x ≤ 2: by the KKT conditions the minimum is (2, −1), f = 1
        FitProblem p = new FitProblem(TestObjectives.quadratic(new double[][] {{1, 0}, {0, 10}}, new double[] {3, -1}, 0),
                new double[] {1, 0}, new double[] {0, -5}, new double[] {2, 5}, new boolean[2]);
        FitResult r = defaults.minimize(p);
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.values()[0]).isEqualTo(2.0);
        assertThat(r.values()[1]).isCloseTo(-1, within(1e-6));
        assertThat(r.minimum()).isCloseTo(1, within(1e-9));
        assertThat(r.atLimit()).containsExactly(true, false);
    }

    @Test
    void poiPulledBelowZeroStopsAtZeroWithCorrelatedNuisance() {
        // 2NLL with Σ = [[1, 0.5], [0.5, 1]] centred at (μ, θ) = (−0.5, 0.3), μ ≥ 0. At μ = 0 the
        // conditional minimum in θ is θ = 0.3 + ρ (0 − (−0.5)) = 0.55 (Gaussian conditional mean).
        double[][] sigma = {{1, 0.5}, {0.5, 1}};
        FitProblem p = new FitProblem(TestObjectives.quadratic(inverse2(sigma), new double[] {-0.5, 0.3}, 0),
                new double[] {1, 0}, new double[] {0, -5}, new double[] {10, 5}, new boolean[2]);
        FitResult r = defaults.minimize(p);
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.values()[0]).isEqualTo(0.0);
        assertThat(r.values()[1]).isCloseTo(0.55, within(1e-6));
        assertThat(r.atLimit()).containsExactly(true, false);
    }

    @Test
    void fixedParameterKeepsItsValueAndGetsZeroError() {
        // Σ as in the Gaussian test, x1 fixed at 1: conditional mean of x0 is
        // μ0 + ρ σ0/σ1 (1 − μ1) = 1.5 + 0.6 · 4 · 1.25 = 4.5; conditional σ0 = 2 √(1 − 0.36) = 1.6
        double[][] sigma = {{4, 0.6}, {0.6, 0.25}};
        FitProblem p = new FitProblem(TestObjectives.quadratic(inverse2(sigma), new double[] {1.5, -0.25}, 0),
                new double[] {0, 1}, new double[] {-INF, -INF}, new double[] {INF, INF}, new boolean[] {false, true});
        FitResult r = defaults.minimize(p);
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.values()[1]).isEqualTo(1.0);
        assertThat(r.values()[0]).isCloseTo(4.5, within(1e-6));
        assertThat(r.errors()[0]).isCloseTo(1.6, within(1e-6));
        assertThat(r.errors()[1]).isZero();
        assertThat(r.covariance()[1]).containsExactly(0.0, 0.0);
    }

    @Test
    void allParametersFixedEvaluatesOnce() {
        FitProblem p = new FitProblem(TestObjectives.rosenbrock(2), new double[] {0, 0}, new double[] {-1, -1},
                new double[] {1, 1}, new boolean[] {true, true});
        FitResult r = defaults.minimize(p);
        // Rosenbrock at the origin is (1 − 0)² = 1
        assertThat(r.minimum()).isEqualTo(1.0);
        assertThat(r.evaluations()).isEqualTo(1);
        assertThat(r.errors()).containsExactly(0.0, 0.0);
    }

    @Test
    void callLimitIsReportedWithTheBestPointSoFar() {
        FitResult r = new QuasiNewtonMinimizer(FitOptions.builder().maxEvaluations(12).build())
                .minimize(TestObjectives.unbounded(TestObjectives.rosenbrock(2), new double[] {-1.2, 1}));
        assertThat(r.status()).isEqualTo(FitStatus.CALL_LIMIT_REACHED);
        assertThat(r.converged()).isFalse();
        assertThat(r.evaluations()).isEqualTo(12);
        // Rosenbrock at the start is 24.2; the best point seen must be lower and finite
        assertThat(r.minimum()).isLessThan(24.2);
        assertThat(r.log()).anyMatch(line -> line.contains("call limit"));
    }

    @Test
    void iterationLimitIsReported() {
        FitResult r = new QuasiNewtonMinimizer(FitOptions.builder().maxIterations(3).build())
                .minimize(TestObjectives.unbounded(TestObjectives.rosenbrock(10), TestObjectives.filled(10, -1)));
        assertThat(r.status()).isEqualTo(FitStatus.CALL_LIMIT_REACHED);
        assertThat(r.iterations()).isEqualTo(3);
    }

    @Test
    void startOutsideTheBoxIsMovedInside() {
        // (x − 3)² on [0, 2] from x = 7: minimum at the bound 2, f = 1
        FitProblem p = new FitProblem(TestObjectives.quadratic(new double[][] {{1}}, new double[] {3}, 0),
                new double[] {7}, new double[] {0}, new double[] {2}, new boolean[1]);
        FitResult r = defaults.minimize(p);
        assertThat(r.values()[0]).isEqualTo(2.0);
        assertThat(r.atLimit()[0]).isTrue();
        assertThat(r.log().get(0)).contains("outside");
    }

    /** f = 0.1 x⁴ + y² + y⁴: minimum 0 at the origin, Hessian diag(1.2 x², 2 + 12 y²). */
    private static Objective quartic() {
        return new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] p) {
                return valueAndGradient(p, new double[2]);
            }

            @Override
            public double valueAndGradient(double[] p, double[] g) {
                double x = p[0];
                double y = p[1];
                g[0] = 0.4 * x * x * x;
                g[1] = 2 * y + 4 * y * y * y;
                return 0.1 * x * x * x * x + y * y + y * y * y * y;
            }
        };
    }

    /** ½ gᵀ H⁻¹ g of the quartic with its analytic Hessian: the EDM an exact method would report. */
    private static double quarticEdm(double[] p) {
        double x = p[0];
        double y = p[1];
        double gx = 0.4 * x * x * x;
        double gy = 2 * y + 4 * y * y * y;
        return 0.5 * (gx * gx / (1.2 * x * x) + gy * gy / (2 + 12 * y * y));
    }

    @Test
    void strategyOneChecksTheEdmWithTheRealHessianAndIteratesOn() {
        // along x the curvature falls towards the minimum, so secant (BFGS) curvatures overestimate it
        // and the quasi-Newton EDM is too optimistic: the check must catch this (seen from (3, 2))
        FitProblem p = TestObjectives.unbounded(quartic(), new double[] {3, 2});
        FitResult fast = new QuasiNewtonMinimizer(FitOptions.builder().strategy(0).computeHessian(false).build())
                .minimize(p);
        FitResult checked = defaults.minimize(p);
        assertThat(quarticEdm(fast.values())).isGreaterThan(2e-4);
        FitResult fastWithErrors = new QuasiNewtonMinimizer(FitOptions.builder().strategy(0).build()).minimize(p);
        assertThat(quarticEdm(fastWithErrors.values())).isLessThan(2e-4);
        assertThat(checked.log()).anyMatch(line -> line.startsWith("check 1"));
        assertThat(checked.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(quarticEdm(checked.values())).isLessThan(2e-4);
        assertThat(checked.edm()).isCloseTo(quarticEdm(checked.values()), within(1e-3 * checked.edm()));
    }

    @Test
    void concaveDirectionAtABoundIsStillAMinimum() {
        // f = −(x − 0.5)² + y² on x ∈ [0, 1]: from x = 0.6 the minimum is the bound x = 1, f = −0.25.
        // ∂²f/∂x² = −2 there, but x is held by the bound (∂f/∂x = −1 pushes outward) and the Hessian
        // over the remaining y is 2 > 0: the second-order sufficient condition of a bounded minimum.
        FitProblem p = new FitProblem(TestObjectives.quadratic(new double[][] {{-1, 0}, {0, 1}}, new double[] {0.5, 0}, 0),
                new double[] {0.6, 1}, new double[] {0, -5}, new double[] {1, 5}, new boolean[2]);
        FitResult r = defaults.minimize(p);
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.values()[0]).isEqualTo(1.0);
        // σ_y = 1 (f = y² + …), so the EDM rule allows |y| ≤ √2e-4 ≈ 0.0142 and f + 0.25 ≤ 2e-4
        assertThat(r.values()[1]).isCloseTo(0, within(0.0142));
        assertThat(r.minimum()).isCloseTo(-0.25, within(2e-4));
        assertThat(r.atLimit()).containsExactly(true, false);
        // y: 2 · errordef / 2 = 1; x has negative curvature, so no error can be given
        assertThat(r.errors()[1]).isCloseTo(1, within(1e-6));
        assertThat(r.errors()[0]).isNaN();
    }

    @Test
    void flatDirectionGivesHessianNotPositiveDefinite() {
        // f = (x + y)² is minimal (0) on the whole line x = −y; its Hessian [[2, 2], [2, 2]] is singular
        FitResult r = defaults.minimize(TestObjectives.unbounded(
                TestObjectives.quadratic(new double[][] {{1, 1}, {1, 1}}, new double[] {0, 0}, 0), new double[] {1, 2}));
        assertThat(r.status()).isEqualTo(FitStatus.HESSIAN_NOT_POSITIVE_DEFINITE);
        assertThat(r.converged()).isFalse();
        assertThat(r.minimum()).isLessThan(2e-4);
        assertThat(r.log()).anyMatch(line -> line.contains("not positive definite"));
    }

    @Test
    void withoutHessianThereAreNoErrors() {
        FitResult r = new QuasiNewtonMinimizer(FitOptions.builder().computeHessian(false).strategy(0).build())
                .minimize(TestObjectives.unbounded(TestObjectives.rosenbrock(2), new double[] {-1.2, 1}));
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.covariance()).isNull();
        assertThat(r.errors()).containsOnly(Double.NaN);
    }

    /** Closed-form inverse of a 2 × 2 matrix, independent of the code under test. */
    static double[][] inverse2(double[][] a) {
        double det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        return new double[][] {{a[1][1] / det, -a[0][1] / det}, {-a[1][0] / det, a[0][0] / det}};
    }
}
