package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The analytic gradients of the test objectives against central finite differences of their values. */
class TestObjectivesGradientTest {

    @Test
    void rosenbrock() {
        assertGradient(TestObjectives.rosenbrock(5), new double[] {-1.2, 1, 0.3, 2, -0.5}, 1e-6);
    }

    @Test
    void quadratic() {
        double[][] a = {{2, 0.3}, {0.3, 1}};
        assertGradient(TestObjectives.quadratic(a, new double[] {1, -2}, 4), new double[] {0.7, 0.1}, 1e-6);
    }

    @Test
    void convexBobyqaProblems() {
        BobyqaComparisonTest.problems().limit(4).forEach(p -> assertGradient(p, p.start(), 1e-6));
    }

    @Test
    void shapesysBinAwayFromTheMinimum() {
        // γ away from 1 so that the 2τ(1 − 1/γ) term matters
        assertGradient(new RobustnessTest.ShapesysBin(false), new double[] {0.9, 1.0001}, 1e-6);
        // the pyhf form has the same gradient
        double[] g1 = new double[2];
        double[] g2 = new double[2];
        new RobustnessTest.ShapesysBin(true).valueAndGradient(new double[] {0.9, 1.0001}, g1);
        new RobustnessTest.ShapesysBin(false).valueAndGradient(new double[] {0.9, 1.0001}, g2);
        assertThat(g1).containsExactly(g2, within(0.0));
    }

    @Test
    void syntheticHistFactory() {
        SyntheticHistFactory h = new SyntheticHistFactory(20, 6, 3, false);
        double[] x = h.start();
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < x.length - 1; i++) {
            x[i] += rng.nextDouble(-0.05, 0.05);
        }
        x[x.length - 1] = 1.0001;
        assertGradient(h, x, 1e-5);
    }

    /**
     * Each component against (f(x + h e_i) − f(x − h e_i)) / 2h with h = 1e-5 max(|x_i|, 1), to
     * {@code relative} of max(|g_i|, 1).
     */
    static void assertGradient(Objective f, double[] x, double relative) {
        int n = x.length;
        double[] g = new double[n];
        f.valueAndGradient(x, g);
        double[] xp = x.clone();
        for (int i = 0; i < n; i++) {
            double h = 1e-5 * Math.max(Math.abs(x[i]), 1);
            xp[i] = x[i] + h;
            double fp = f.value(xp);
            xp[i] = x[i] - h;
            double fm = f.value(xp);
            xp[i] = x[i];
            assertThat(g[i]).as("component %d", i)
                    .isCloseTo((fp - fm) / (2 * h), within(relative * Math.max(Math.abs(g[i]), 1)));
        }
    }
}
