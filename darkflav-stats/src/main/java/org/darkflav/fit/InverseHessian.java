package org.darkflav.fit;

/**
 * The dense inverse-Hessian estimate V (m × m, row-major in one flat array) of the BFGS method,
 * with the operations the bounded minimiser needs. Nothing here allocates.
 *
 * <p>Arguments held at a bound ("active") have a zero row and column, so V acts only on the free
 * subspace. Activating argument k replaces V by the inverse of the Hessian with row and column k
 * removed, V − V e_k e_kᵀ V / V_kk (the Schur-complement identity), which keeps the curvature
 * information of the other arguments.
 */
final class InverseHessian {

    private final int m;
    private final double[] v;

    /** @param storage m × m row-major, V's values from now on (a warm start's matrix is used in place) */
    InverseHessian(int m, double[] storage) {
        if (storage.length != m * m) {
            throw new IllegalArgumentException("storage for " + m + " x " + m + " has length " + storage.length);
        }
        this.m = m;
        this.v = storage;
    }

    /** Sets V from an m × m row-major matrix (nothing to copy if it is V's own storage). */
    void set(double[] matrix) {
        if (matrix != v) {
            System.arraycopy(matrix, 0, v, 0, v.length);
        }
    }

    /** Sets V from a full matrix. */
    void set(double[][] matrix) {
        for (int i = 0; i < m; i++) {
            System.arraycopy(matrix[i], 0, v, i * m, m);
        }
    }

    /** Sets V to diag(diagonal). */
    void setDiagonal(double[] diagonal) {
        java.util.Arrays.fill(v, 0.0);
        for (int i = 0; i < m; i++) {
            v[i * m + i] = diagonal[i];
        }
    }

    double diagonal(int i) {
        return v[i * m + i];
    }

    /** The storage itself, for handing it over at the end of a fit ({@link BoundedMetric#handOver}). */
    double[] storage() {
        return v;
    }

    /**
     * out = V a. Four rows at a time: four independent sums keep the processor busy where one sum
     * waits for each addition; each row's sum runs over j in order, so the result is bitwise the same.
     */
    void multiply(double[] a, double[] out) {
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int r0 = i * m;
            int r1 = r0 + m;
            int r2 = r1 + m;
            int r3 = r2 + m;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int j = 0; j < m; j++) {
                double aj = a[j];
                s0 += v[r0 + j] * aj;
                s1 += v[r1 + j] * aj;
                s2 += v[r2 + j] * aj;
                s3 += v[r3 + j] * aj;
            }
            out[i] = s0;
            out[i + 1] = s1;
            out[i + 2] = s2;
            out[i + 3] = s3;
        }
        for (; i < m; i++) {
            double sum = 0;
            int row = i * m;
            for (int j = 0; j < m; j++) {
                sum += v[row + j] * a[j];
            }
            out[i] = sum;
        }
    }

    /** aᵀ V a. */
    double quadraticForm(double[] a, double[] work) {
        multiply(a, work);
        double sum = 0;
        for (int i = 0; i < m; i++) {
            sum += a[i] * work[i];
        }
        return sum;
    }

    /**
     * The BFGS update of the inverse Hessian for step s and gradient change y (Nocedal &amp; Wright,
     * Numerical Optimization, eq. 6.17): V ← (I − ρ s yᵀ) V (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / yᵀs.
     *
     * @param hy work array, receives V y
     * @return false if the curvature yᵀs was not safely positive and V was left unchanged
     */
    boolean update(double[] s, double[] y, double[] hy) {
        double sy = 0;
        double ss = 0;
        double yy = 0;
        for (int i = 0; i < m; i++) {
            sy += s[i] * y[i];
            ss += s[i] * s[i];
            yy += y[i] * y[i];
        }
        if (!(sy > 1e-12 * Math.sqrt(ss * yy)) || !Double.isFinite(sy)) {
            return false;
        }
        multiply(y, hy);
        double yhy = 0;
        for (int i = 0; i < m; i++) {
            yhy += y[i] * hy[i];
        }
        double a = (sy + yhy) / (sy * sy);
        double b = 1 / sy;
        for (int i = 0; i < m; i++) {
            int row = i * m;
            double si = s[i];
            double hyi = hy[i];
            for (int j = 0; j < m; j++) {
                v[row + j] += a * si * s[j] - b * (hyi * s[j] + si * hy[j]);
            }
        }
        return true;
    }

    /** Holds argument k at its bound: Schur downdate, then zero row and column k. */
    void activate(int k) {
        double vkk = v[k * m + k];
        if (vkk > 0 && Double.isFinite(vkk)) {
            for (int i = 0; i < m; i++) {
                double vik = v[i * m + k] / vkk;
                if (i == k || vik == 0) {
                    continue;
                }
                int row = i * m;
                int rowK = k * m;
                for (int j = 0; j < m; j++) {
                    v[row + j] -= vik * v[rowK + j];
                }
            }
        }
        for (int i = 0; i < m; i++) {
            v[i * m + k] = 0;
            v[k * m + i] = 0;
        }
    }

    /** Frees argument k again, with no correlation to the others and variance {@code diagonal}. */
    void release(int k, double diagonal) {
        for (int i = 0; i < m; i++) {
            v[i * m + k] = 0;
            v[k * m + i] = 0;
        }
        v[k * m + k] = diagonal;
    }
}
