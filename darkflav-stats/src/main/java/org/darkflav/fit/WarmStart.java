package org.darkflav.fit;

/** The starting inverse Hessian for a fit, taken from an earlier fit's covariance or quasi-Newton metric. */
final class WarmStart {

    private WarmStart() {}

    /**
     * V over the free arguments of {@code problem} (m × m, row-major): the earlier covariance /
     * (2 · errordef) (the inverse Hessian of the objective), or without a covariance and if
     * {@code metricToo} the earlier fit's quasi-Newton metric, with every argument that was free then but
     * is fixed now conditioned away. Null if the earlier result cannot provide it.
     */
    static double[] inverseHessian(FitProblem problem, FitResult earlier, double errordef, boolean metricToo) {
        int n = problem.dimension();
        if (earlier == null) {
            return null;
        }
        boolean[] fixed = problem.fixed();
        int[] free = Hessian.freeIndices(fixed);
        double[][] c = earlier.covariance();
        double scale = 1 / (2 * errordef);
        if (c == null && metricToo && earlier.metric() != null && earlier.metric().dimension() == n) {
            double[] same = earlier.metric().copyIfFreeAre(free);
            if (same != null) {
                return same; // the same free arguments: nothing to condition away
            }
            c = earlier.metric().matrix();
            scale = 1;
        }
        if (c == null || c.length != n || !allFiniteTimes(c, scale)) {
            return null;
        }
        int first = -1;
        int count = 0;
        for (int k = 0; k < n; k++) {
            if (fixed[k] && c[k][k] * scale > 0) {
                first = count++ == 0 ? k : first;
            }
        }
        if (count == 1) {
            return conditionedOnOne(c, scale, free, first); // the usual case: the POI, free then, fixed now
        }
        double[] v = null; // a scaled copy, made only if some argument must be conditioned away
        for (int k = 0; k < n; k++) {
            if (fixed[k] && entry(v, c, scale, n, k, k) > 0) {
                if (v == null) {
                    v = scaledCopy(c, scale);
                }
                condition(v, n, k);
            }
        }
        int m = free.length;
        double[] out = new double[m * m];
        for (int a = 0; a < m; a++) {
            int i = free[a];
            if (!(entry(v, c, scale, n, i, i) > 0)) {
                return null; // fixed in the earlier fit, or at a bound with no curvature information
            }
            for (int b = 0; b < m; b++) {
                out[a * m + b] = entry(v, c, scale, n, i, free[b]);
            }
        }
        return out;
    }

    /**
     * The free block of V with the one argument k conditioned away, V_ij − (V_ik / V_kk) V_kj, computed
     * directly (the same operations as {@link #condition} on a full copy, so bitwise the same result).
     */
    private static double[] conditionedOnOne(double[][] c, double scale, int[] free, int k) {
        int m = free.length;
        double vkk = c[k][k] * scale;
        double[] rowK = c[k];
        double[] out = new double[m * m];
        for (int a = 0; a < m; a++) {
            double[] row = c[free[a]];
            double r = row[k] * scale / vkk;
            for (int b = 0; b < m; b++) {
                int j = free[b];
                out[a * m + b] = row[j] * scale - r * (rowK[j] * scale);
            }
            if (!(out[a * m + a] > 0)) {
                return null; // fixed in the earlier fit, or at a bound with no curvature information
            }
        }
        return out;
    }

    private static double entry(double[] v, double[][] c, double scale, int n, int i, int j) {
        return v != null ? v[i * n + j] : c[i][j] * scale;
    }

    private static boolean allFiniteTimes(double[][] c, double scale) {
        for (double[] row : c) {
            for (double x : row) {
                if (!Double.isFinite(x * scale)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] scaledCopy(double[][] c, double scale) {
        int n = c.length;
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i * n + j] = c[i][j] * scale;
            }
        }
        return v;
    }

    /** V ← V − V e_k e_kᵀ V / V_kk: the inverse of the Hessian without row and column k. */
    private static void condition(double[] v, int n, int k) {
        double vkk = v[k * n + k];
        for (int i = 0; i < n; i++) {
            if (i == k) {
                continue;
            }
            double r = v[i * n + k] / vkk;
            for (int j = 0; j < n; j++) {
                v[i * n + j] -= r * v[k * n + j];
            }
        }
        for (int i = 0; i < n; i++) {
            v[i * n + k] = 0;
            v[k * n + i] = 0;
        }
    }
}
