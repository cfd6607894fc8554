package org.darkflav.fit;

/**
 * A fit's final quasi-Newton estimate V of the objective's inverse Hessian, kept for warm starts of
 * neighbouring fits: over the free arguments of that fit, an argument held at a bound with the variance
 * it would be released with and no correlations. Not an error estimate. Immutable; it owns its arrays
 * (the minimiser hands over the storage it no longer needs, so a fit's result costs no copy of V).
 */
public final class QuasiNewtonMetric {

    private final int n;
    private final int[] free;
    private final double[] v;

    private QuasiNewtonMetric(int n, int[] free, double[] v) {
        this.n = n;
        this.free = free;
        this.v = v;
    }

    /**
     * Takes over {@code storage} (m × m row-major over {@code free}, held rows and columns zero) and
     * writes the release variances of held arguments onto its diagonal. Null if V is then not finite or
     * has a diagonal entry that is not positive: no warm start can use it.
     */
    static QuasiNewtonMetric adopt(int n, int[] free, double[] storage, boolean[] held, double[] releaseVariance) {
        int m = free.length;
        if (m == 0) {
            return null;
        }
        for (int a = 0; a < m; a++) {
            int row = a * m;
            if (held[a]) {
                storage[row + a] = releaseVariance[a];
            }
            if (!(storage[row + a] > 0)) {
                return null;
            }
            for (int b = 0; b < m; b++) {
                if (!Double.isFinite(storage[row + b])) {
                    return null;
                }
            }
        }
        return new QuasiNewtonMetric(n, free, storage);
    }

    /** The number of arguments of the fit (free and fixed). */
    public int dimension() {
        return n;
    }

    /** V over all n arguments: rows and columns of fixed arguments 0; a fresh array on every call. */
    public double[][] matrix() {
        int m = free.length;
        double[][] out = new double[n][n];
        for (int a = 0; a < m; a++) {
            double[] row = out[free[a]];
            for (int b = 0; b < m; b++) {
                row[free[b]] = v[a * m + b];
            }
        }
        return out;
    }

    /**
     * A copy of V over the free arguments (m × m row-major) if a fit has exactly these free arguments,
     * else null: the common warm start (scans, toys, repeated fits), one array copy.
     */
    double[] copyIfFreeAre(int[] freeNow) {
        return java.util.Arrays.equals(free, freeNow) ? v.clone() : null;
    }
}
