package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinimizerTest {

    @Test
    void warmStartIsOnlyAHintByDefault() {
        FitResult canned = new FitResult(new double[] {1}, new double[] {0}, null, 0, 0, 0, 1, FitStatus.CONVERGED,
                new boolean[1], List.of());
        Minimizer m = problem -> canned;
        FitProblem p = TestObjectives.unbounded(TestObjectives.quadratic(new double[][] {{1}}, new double[] {1}, 0),
                new double[] {0});
        assertThat(m.minimize(p, null)).isSameAs(canned);
    }

    @Test
    void warmStartFromADifferentDimensionIsIgnored() {
        // an earlier result for another objective cannot give a metric; the fit must still be exact:
        // (x − 1)² has its minimum 0 at x = 1 and σ = 1 (2NLL of a unit Gaussian)
        FitResult other = new QuasiNewtonMinimizer().minimize(
                TestObjectives.unbounded(TestObjectives.rosenbrock(2), new double[] {0, 0}));
        FitResult r = new QuasiNewtonMinimizer().minimize(
                TestObjectives.unbounded(TestObjectives.quadratic(new double[][] {{1}}, new double[] {1}, 0),
                        new double[] {0}), other);
        assertThat(r.values()[0]).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-8));
        assertThat(r.errors()[0]).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-8));
    }
}
