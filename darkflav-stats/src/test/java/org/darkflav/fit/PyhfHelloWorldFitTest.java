package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * pyhf's "hello world" model, {@code uncorrelated_background(signal=[12, 11], bkg=[50, 52],
 * bkg_uncertainty=[3, 7])}, written out by hand: ν_b = μ s_b + γ_b b_b with shapesys constraints
 * Pois(τ_b | γ_b τ_b), τ_b = (b_b/δ_b)². Parameters [μ, γ0, γ1], inits [1, 1, 1], bounds μ ∈ [0, 10],
 * γ ∈ [1e-10, 10].
 *
 * <p>Two references: the numbers pyhf prints (reference/pyhf-validation.md; SLSQP, which stops
 * early: its parameters are good to ~1e-5, μ to ~2e-4), and tight minima computed for this note with
 * scipy 1.17 (SLSQP ftol 1e-14, L-BFGS-B and Nelder–Mead agreeing to 1e-7) on the same formula.
 */
class PyhfHelloWorldFitTest {

    static final double[] SIGNAL = {12, 11};
    static final double[] BACKGROUND = {50, 52};
    static final double[] TAU = {(50.0 / 3) * (50.0 / 3), (52.0 / 7) * (52.0 / 7)};

    /** 2NLL with all constants, as pyhf's twice_nll. */
    record HelloWorld(double[] data) implements Objective {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[3]);
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = 0;
            g[0] = 0;
            for (int b = 0; b < 2; b++) {
                double gamma = x[1 + b];
                double nu = x[0] * SIGNAL[b] + gamma * BACKGROUND[b];
                double rate = gamma * TAU[b];
                f += -2 * (data[b] * Math.log(nu) - nu - Gamma.logGamma(data[b] + 1));
                f += -2 * (TAU[b] * Math.log(rate) - rate - Gamma.logGamma(TAU[b] + 1));
                double w = -2 * (data[b] / nu - 1);
                g[0] += w * SIGNAL[b];
                g[1 + b] = w * BACKGROUND[b] - 2 * (TAU[b] / gamma - TAU[b]);
            }
            return f;
        }
    }

    private static final double[] OBSERVED = {51, 48};
    private final Minimizer tight = new QuasiNewtonMinimizer(FitOptions.builder().tolerance(1e-6).build());

    /**
     * Tolerance 1e-6 means EDM &lt; 2e-10, so each parameter lies within σ_i √2e-10 = 1.42e-5 σ_i of
     * the true minimum (RobustnessTest.DEFAULT_SIGMAS explains the bound); the tight references agree
     * among themselves to 2e-7.
     */
    private static void assertAtMinimum(FitResult r, double... expected) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(r.values()[i]).as("parameter %d", i)
                    .isCloseTo(expected[i], within(1.5e-5 * r.errors()[i] + 2e-7));
        }
    }

    private static FitProblem problem(double[] data, double poiLower) {
        return new FitProblem(new HelloWorld(data), new double[] {1, 1, 1}, new double[] {poiLower, 1e-10, 1e-10},
                new double[] {10, 10, 10}, new boolean[3]);
    }

    @Test
    void objectiveAtTheInitsIsPyhfs() {
        // pyhf twice_nll at the suggested init: 30.77525435
        assertThat(new HelloWorld(OBSERVED).value(new double[] {1, 1, 1})).isCloseTo(30.77525435, within(1e-8));
        TestObjectivesGradientTest.assertGradient(new HelloWorld(OBSERVED), new double[] {0.4, 1.02, 0.95}, 1e-6);
    }

    @Test
    void freeFitEndsWithTheSignalStrengthAtZero() {
        FitResult r = tight.minimize(problem(OBSERVED, 0));
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        // pyhf: [0, 1.0030512, 0.96266961], 2NLL 24.98393521; tight: [0, 1.00305084, 0.96268089], 24.98393520
        assertThat(r.values()[0]).isZero();
        assertThat(r.atLimit()).containsExactly(true, false, false);
        assertAtMinimum(r, 0, 1.00305084, 0.96268089);
        assertThat(r.values()[2]).isCloseTo(0.96266961, within(2e-5));
        assertThat(r.minimum()).isCloseTo(24.98393521, within(2e-8));
    }

    @Test
    void fitWithTheSignalStrengthFixedAtOne() {
        FitResult r = tight.minimize(problem(OBSERVED, 0).withFixed(0, 1.0));
        // pyhf: [1, 0.97224597, 0.87553894], 28.92218013; tight: [1, 0.97224654, 0.87553583]
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertAtMinimum(r, 1, 0.97224654, 0.87553583);
        assertThat(r.minimum()).isCloseTo(28.92218013, within(2e-8));
    }

    @Test
    void conditionalFitWarmStartedFromTheFreeFit() {
        FitResult free = tight.minimize(problem(OBSERVED, -10));
        FitResult atOne = tight.minimize(problem(OBSERVED, -10).withFixed(0, 1.0), free);
        // same reference as fitWithTheSignalStrengthFixedAtOne
        assertThat(atOne.status()).isEqualTo(FitStatus.CONVERGED);
        assertAtMinimum(atOne, 1, 0.97224654, 0.87553583);
        assertThat(atOne.minimum()).isCloseTo(28.92218013, within(2e-8));
    }

    @Test
    void negativeSignalStrengthAllowedGivesPyhfsTestStatistic() {
        FitResult free = tight.minimize(problem(OBSERVED, -10));
        FitResult atOne = tight.minimize(problem(OBSERVED, -10).withFixed(0, 1.0));
        // pyhf: free fit [−0.06679525, 1.00555369, 0.96930896] and qμ(1) = tμ(1) = 3.9549891;
        // tight: [−0.06687006, 1.00557435, 0.96931303], 2NLL 24.96719090
        assertThat(free.status()).isEqualTo(FitStatus.CONVERGED);
        assertAtMinimum(free, -0.06687006, 1.00557435, 0.96931303);
        assertThat(free.minimum()).isCloseTo(24.96719090, within(2e-8));
        assertThat(atOne.minimum() - free.minimum()).isCloseTo(3.9549891, within(1e-6));
        // errors and correlation from a numerical Hessian of the same 2NLL in numpy (step 1e-5):
        // σ = (0.51545912, 0.05872649, 0.10786908), ρ(μ, γ0) = −0.33574793; 1e-4 relative covers that
        // reference's own finite-difference error
        assertThat(free.errors()[0]).isCloseTo(0.51545912, within(1e-4 * 0.515));
        assertThat(free.errors()[1]).isCloseTo(0.05872649, within(1e-4 * 0.0587));
        assertThat(free.errors()[2]).isCloseTo(0.10786908, within(1e-4 * 0.108));
        assertThat(Hessian.correlation(free.covariance())[0][1]).isCloseTo(-0.33574793, within(1e-4));
    }

    @Test
    void discoveryTestStatisticWithExcessData() {
        double[] excess = {60, 65};
        FitResult free = tight.minimize(problem(excess, 0));
        FitResult background = tight.minimize(problem(excess, 0).withFixed(0, 0.0));
        // pyhf: μ = 0 fit [0, 1.03050845, 1.12128752], free fit [0.95260667, 0.99635345, 1.02140172],
        // q0 = 2.98339447; tight: [0, 1.03050846, 1.12128714] (28.33531824) and
        // [0.95243132, 0.99634956, 1.02137101] (25.35192342)
        assertAtMinimum(free, 0.95243132, 0.99634956, 1.02137101);
        assertAtMinimum(background, 0, 1.03050846, 1.12128714);
        assertThat(background.minimum() - free.minimum()).isCloseTo(2.98339447, within(1e-6));
    }

    @Test
    void defaultToleranceIsWithinTheEdmPromise() {
        // with the pyhf/Minuit defaults the 2NLL minimum is within EDM < 2e-4 of the tight one
        FitResult r = new QuasiNewtonMinimizer().minimize(problem(OBSERVED, -10));
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.minimum()).isBetween(24.96719090 - 1e-8, 24.96719090 + 2e-4);
    }
}
