package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The quasi-Newton metric a fit hands to its result, and warm starts from it. */
class QuasiNewtonMetricTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void adoptWritesReleaseVariancesOfHeldArgumentsAndExpandsOverAllArguments() {
        // 3 free of 4 arguments (argument 1 fixed); free slot 2 (argument 3) held at a bound: its row and
        // column are zero in V and its diagonal becomes its release variance 0.5
        double[] storage = {2, 0.5, 0, 0.5, 1, 0, 0, 0, 0};
        QuasiNewtonMetric metric = QuasiNewtonMetric.adopt(4, new int[] {0, 2, 3}, storage,
                new boolean[] {false, false, true}, new double[] {9, 9, 0.5});
        assertThat(metric.dimension()).isEqualTo(4);
        assertThat(metric.matrix()).isDeepEqualTo(new double[][] {
            {2, 0, 0.5, 0}, {0, 0, 0, 0}, {0.5, 0, 1, 0}, {0, 0, 0, 0.5}});
    }

    @Test
    void unusableMetricsAreNull() {
        boolean[] none = new boolean[2];
        double[] ones = {1, 1};
        assertThat(QuasiNewtonMetric.adopt(2, new int[] {0, 1}, new double[] {1, 0, 0, 0}, none, ones)).isNull();
        assertThat(QuasiNewtonMetric.adopt(2, new int[] {0, 1}, new double[] {1, Double.NaN, 0, 1}, none, ones)).isNull();
        assertThat(QuasiNewtonMetric.adopt(2, new int[] {0, 1}, new double[] {1, 0, 0, -1}, none, ones)).isNull();
        assertThat(QuasiNewtonMetric.adopt(2, new int[0], new double[0], new boolean[0], new double[0])).isNull();
    }

    @Test
    void aCopyOnlyForTheSameFreeArgumentsAndNeverTheStorageItself() {
        double[] storage = {2, 0.5, 0.5, 1};
        QuasiNewtonMetric metric = QuasiNewtonMetric.adopt(3, new int[] {0, 2}, storage, new boolean[2], new double[2]);
        double[] copy = metric.copyIfFreeAre(new int[] {0, 2});
        assertThat(copy).containsExactly(2, 0.5, 0.5, 1).isNotSameAs(storage);
        copy[0] = 100; // the next fit works in its copy; the result stays as it was
        assertThat(metric.matrix()[0][0]).isEqualTo(2);
        assertThat(metric.copyIfFreeAre(new int[] {0, 1})).isNull();
        assertThat(metric.copyIfFreeAre(new int[] {0})).isNull();
    }

    @Test
    void warmStartFromTheMetricIsTheFreeBlockOfTheExpandedMatrix() {
        // slow reference: the free block of matrix(), as warm starts read it before the copy-free hand-over
        FitResult earlier = fitWithoutHessian(problem());
        assertThat(earlier.metric()).isNotNull();
        double[][] full = earlier.metric().matrix();
        FitProblem same = problem();
        double[] warm = WarmStart.inverseHessian(same, earlier, 1, true);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(warm[i * 3 + j]).isEqualTo(full[i][j]);
            }
        }
        // one argument fixed now: the conditioned path, V_ij − V_i2 V_2j / V_22 over the other two
        double[] conditioned = WarmStart.inverseHessian(same.withFixed(2, 0.3), earlier, 1, true);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(conditioned[i * 2 + j])
                        .isCloseTo(full[i][j] - full[i][2] * full[2][j] / full[2][2], within(1e-15));
            }
        }
    }

    @Test
    void aFitWarmStartedFromTheMetricReachesTheSameMinimumWithFewerEvaluations() {
        // 2NLL of a correlated 3-D Gaussian: minimum at c, inverse Hessian Σ; the warm fit starts elsewhere
        QuasiNewtonMinimizer minimizer = new QuasiNewtonMinimizer(
                FitOptions.builder().computeHessian(false).strategy(0).build());
        FitResult earlier = minimizer.minimize(problem());
        FitProblem moved = new FitProblem(problem().objective(), new double[] {0.5, 0.5, 0.5},
                problem().lower(), problem().upper(), problem().fixed());
        FitResult cold = minimizer.minimize(moved);
        FitResult warm = minimizer.minimizeNear(moved, earlier);
        assertThat(warm.values()).containsExactly(new double[] {1, -2, 0.25}, within(1e-4));
        assertThat(warm.evaluations()).isLessThan(cold.evaluations());
    }

    private static FitResult fitWithoutHessian(FitProblem p) {
        return new QuasiNewtonMinimizer(FitOptions.builder().computeHessian(false).strategy(0).build()).minimize(p);
    }

    private static FitProblem problem() {
        double[][] a = {{2, 0.5, 0.1}, {0.5, 1, 0.2}, {0.1, 0.2, 3}};
        return new FitProblem(TestObjectives.quadratic(a, new double[] {1, -2, 0.25}, 0), new double[3],
                new double[] {-INF, -INF, -INF}, new double[] {INF, INF, INF}, new boolean[3]);
    }
}
