package org.darkflav.fit;

/** The starting inverse Hessian for a fit, taken from an earlier fit's covariance or quasi-Newton metric. */
final class WarmStart {

    private WarmStart() {}

    /**
     * V over the free arguments of {@code problem}: the earlier covariance / (2 · errordef) (the
     * inverse Hessian of the objective), or without a covariance and if {@code metricToo} the earlier
     * fit's quasi-Newton metric, with every argument that was free then but is fixed now conditioned
     * away. Null if the earlier result cannot provide it.
     */
    static double[][] inverseHessian(FitProblem problem, FitResult earlier, double errordef, boolean metricToo) {
        int n = problem.dimension();
        if (earlier == null) {
            return null;
        }
        double[][] c = earlier.covariance();
        double scale = 1 / (2 * errordef);
        if (c == null && metricToo) {
            c = earlier.metric();
            scale = 1;
        }
        if (c == null || c.length != n) {
            return null;
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] = c[i][j] * scale;
                if (!Double.isFinite(v[i][j])) {
                    return null;
                }
            }
        }
        boolean[] fixed = problem.fixed();
        for (int k = 0; k < n; k++) {
            if (fixed[k] && v[k][k] > 0) {
                condition(v, k);
            }
        }
        int[] free = Hessian.freeIndices(fixed);
        double[][] out = new double[free.length][free.length];
        for (int a = 0; a < free.length; a++) {
            if (!(v[free[a]][free[a]] > 0)) {
                return null; // fixed in the earlier fit, or at a bound with no curvature information
            }
            for (int b = 0; b < free.length; b++) {
                out[a][b] = v[free[a]][free[b]];
            }
        }
        return out;
    }

    /** V ← V − V e_k e_kᵀ V / V_kk: the inverse of the Hessian without row and column k. */
    private static void condition(double[][] v, int k) {
        int n = v.length;
        double vkk = v[k][k];
        for (int i = 0; i < n; i++) {
            if (i == k) {
                continue;
            }
            double r = v[i][k] / vkk;
            for (int j = 0; j < n; j++) {
                v[i][j] -= r * v[k][j];
            }
        }
        for (int i = 0; i < n; i++) {
            v[i][k] = 0;
            v[k][i] = 0;
        }
    }
}
