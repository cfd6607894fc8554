package org.darkflav.fit;

/** Objectives with known minima, for tests. */
final class TestObjectives {

    private TestObjectives() {}

    /** Writes the gradient at {@code x} into {@code grad} and returns the value. */
    @FunctionalInterface
    interface Gradient {
        double apply(double[] x, double[] grad);
    }

    /** An objective from its value-and-gradient function; {@code value} allocates, which tests may. */
    static Objective of(int n, Gradient f) {
        return new Objective() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                return f.apply(x, new double[n]);
            }

            @Override
            public double valueAndGradient(double[] x, double[] grad) {
                return f.apply(x, grad);
            }
        };
    }

    /**
     * Chained Rosenbrock f = Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, …, 1)
     * (Rosenbrock, Comput. J. 3 (1960) 175; n-dimensional form of Dixon and Mills).
     */
    static Objective rosenbrock(int n) {
        return of(n, (x, grad) -> {
            java.util.Arrays.fill(grad, 0.0);
            double f = 0;
            for (int i = 0; i + 1 < n; i++) {
                double a = x[i + 1] - x[i] * x[i];
                double b = 1 - x[i];
                f += 100 * a * a + b * b;
                grad[i] += -400 * a * x[i] - 2 * b;
                grad[i + 1] += 200 * a;
            }
            return f;
        });
    }

    /** f = (x − c)ᵀ A (x − c) + offset, gradient 2 A (x − c); A symmetric positive definite. */
    static Objective quadratic(double[][] a, double[] c, double offset) {
        int n = c.length;
        return of(n, (x, grad) -> {
            double f = offset;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += a[i][j] * (x[j] - c[j]);
                }
                grad[i] = 2 * sum;
                f += (x[i] - c[i]) * sum;
            }
            return f;
        });
    }

    static FitProblem unbounded(Objective f, double[] start) {
        int n = start.length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.POSITIVE_INFINITY);
        return new FitProblem(f, start, lo, hi, new boolean[n]);
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
