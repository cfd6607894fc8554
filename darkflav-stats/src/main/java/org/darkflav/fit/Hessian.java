package org.darkflav.fit;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Second derivatives by finite differences of the analytic gradient, and the covariance and
 * correlation matrices that follow from them.
 *
 * <p>Column k of the Hessian is the central difference (g(x + h e_k) − g(x − h e_k)) / 2h, which
 * costs two gradient calls and is exact for quadratic objectives; next to a bound a second-order
 * one-sided difference is used so that no argument leaves its box. The result is symmetrised.
 *
 * <p>For an objective f with error definition {@code errordef} (1 for f = 2NLL), the covariance is
 * {@code 2 · errordef · H⁻¹}: for f = (x − μ)²/σ² the Hessian is 2/σ² and the covariance σ².
 */
public final class Hessian {

    /** Relative step, about the cube root of the double epsilon: the optimal order for central differences. */
    static final double RELATIVE_STEP = 6e-6;

    private Hessian() {}

    /**
     * The m × m Hessian with respect to the arguments {@code indices} at {@code x}, others held at x.
     *
     * @param scale per index, a typical size of that argument (for example its error); the step is
     *     {@code 6e-6 × max(|x|, scale)}; null means 1 for all
     */
    public static double[][] compute(
            Objective objective, double[] x, int[] indices, double[] lower, double[] upper, double[] scale) {
        return compute(objective, x, indices, lower, upper, scale, true);
    }

    /**
     * As {@link #compute(Objective, double[], int[], double[], double[], double[])}; with
     * {@code central == false} uses forward differences (m + 1 gradient calls, first-order
     * accurate), good enough for a starting metric.
     */
    static double[][] compute(Objective objective, double[] x, int[] indices, double[] lower, double[] upper,
            double[] scale, boolean central) {
        int n = x.length;
        int m = indices.length;
        double[] xw = x.clone();
        double[] g0 = null;
        double[] ga = new double[n];
        double[] gb = new double[n];
        double[][] h = new double[m][m];
        for (int k = 0; k < m; k++) {
            int i = indices[k];
            double typical = scale == null ? 1.0 : scale[k];
            double step = RELATIVE_STEP * Math.max(Math.abs(x[i]), typical > 0 && Double.isFinite(typical) ? typical : 1.0);
            double up = upper[i] - x[i];
            double down = x[i] - lower[i];
            if (!central) {
                if (g0 == null) {
                    g0 = new double[n];
                    objective.valueAndGradient(x, g0);
                }
                double sf = up >= step || up >= down ? Math.min(step, up) : -Math.min(step, down);
                if (sf == 0) {
                    continue;
                }
                gradientAt(objective, xw, i, x[i] + sf, ga);
                for (int j = 0; j < m; j++) {
                    h[j][k] = (ga[indices[j]] - g0[indices[j]]) / sf;
                }
            } else if (up >= step && down >= step) {
                gradientAt(objective, xw, i, x[i] + step, ga);
                gradientAt(objective, xw, i, x[i] - step, gb);
                for (int j = 0; j < m; j++) {
                    h[j][k] = (ga[indices[j]] - gb[indices[j]]) / (2 * step);
                }
            } else {
                if (g0 == null) {
                    g0 = new double[n];
                    objective.valueAndGradient(x, g0);
                }
                // one-sided, second order: g'(x) ≈ (−3 g(x) + 4 g(x + s) − g(x + 2s)) / 2s with s = ±step
                double s = up >= down ? Math.min(step, up / 2) : -Math.min(step, down / 2);
                if (s == 0) {
                    continue;
                }
                gradientAt(objective, xw, i, x[i] + s, ga);
                gradientAt(objective, xw, i, x[i] + 2 * s, gb);
                for (int j = 0; j < m; j++) {
                    int p = indices[j];
                    h[j][k] = (-3 * g0[p] + 4 * ga[p] - gb[p]) / (2 * s);
                }
            }
            xw[i] = x[i];
        }
        symmetrise(h);
        return h;
    }

    /** The indices of the arguments not marked fixed. */
    public static int[] freeIndices(boolean[] fixed) {
        int m = 0;
        for (boolean f : fixed) {
            m += f ? 0 : 1;
        }
        int[] free = new int[m];
        int k = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (!fixed[i]) {
                free[k++] = i;
            }
        }
        return free;
    }

    /**
     * The covariance {@code 2 · errordef · H⁻¹}. If H is not positive definite, its eigenvalues are
     * replaced by their absolute values (floored at 1e-10 of the largest) before inverting, and the
     * result says so.
     */
    public static Covariance covariance(double[][] hessian, double errordef) {
        Inverse inv = invert(hessian);
        double[][] c = inv.matrix();
        for (double[] row : c) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= 2 * errordef;
            }
        }
        return new Covariance(c, inv.positiveDefinite());
    }

    /** Correlation matrix ρ_ij = C_ij / sqrt(C_ii C_jj); rows of zero variance get 0 (1 on the diagonal). */
    public static double[][] correlation(double[][] covariance) {
        int m = covariance.length;
        double[][] r = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double d = Math.sqrt(covariance[i][i] * covariance[j][j]);
                r[i][j] = i == j ? 1.0 : d > 0 ? covariance[i][j] / d : 0.0;
            }
        }
        return r;
    }

    /**
     * A covariance matrix and whether it came from a positive-definite Hessian.
     *
     * @param matrix the covariance, m × m
     * @param positiveDefinite false if the Hessian had to be regularised
     */
    public record Covariance(double[][] matrix, boolean positiveDefinite) {}

    /** H⁻¹, or the regularised inverse if H is not positive definite. */
    static Inverse invert(double[][] hessian) {
        int m = hessian.length;
        if (m == 0) {
            return new Inverse(new double[0][0], true);
        }
        double[] d = new double[m];
        boolean positiveDiagonal = true;
        for (int i = 0; i < m; i++) {
            double hii = hessian[i][i];
            positiveDiagonal &= hii > 0 && Double.isFinite(hii);
            d[i] = hii > 0 && Double.isFinite(hii) ? 1 / Math.sqrt(hii) : 1.0;
        }
        // equilibrate to unit diagonal, so a curvature 1e11 next to 1 does not defeat the positivity test
        double[][] s = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                s[i][j] = hessian[i][j] * d[i] * d[j];
            }
        }
        RealMatrix sm = MatrixUtils.createRealMatrix(s);
        double[][] inv = null;
        boolean pd = false;
        if (positiveDiagonal) {
            try {
                inv = new CholeskyDecomposition(sm, 1e-8, 1e-14).getSolver().getInverse().getData();
                pd = true;
            } catch (MathIllegalArgumentException notPositiveDefinite) {
                inv = null;
            }
        }
        if (inv == null) {
            inv = regularisedInverse(sm);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                inv[i][j] *= d[i] * d[j];
            }
        }
        return new Inverse(inv, pd);
    }

    record Inverse(double[][] matrix, boolean positiveDefinite) {}

    private static double[][] regularisedInverse(RealMatrix sm) {
        int m = sm.getRowDimension();
        double[][] out = new double[m][m];
        EigenDecompositionSymmetric eigen;
        try {
            eigen = new EigenDecompositionSymmetric(sm);
        } catch (MathRuntimeException noEigen) {
            for (double[] row : out) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            return out;
        }
        double[] lambda = eigen.getEigenvalues();
        double largest = 0;
        for (double l : lambda) {
            largest = Math.max(largest, Math.abs(l));
        }
        double floor = Math.max(1e-10 * largest, Double.MIN_NORMAL);
        // out = V diag(w) Vᵀ, summed over k in the same order as before, on rows of Vᵀ (contiguous)
        double[][] vt = eigen.getVT().getData();
        for (int k = 0; k < m; k++) {
            double w = 1 / Math.max(Math.abs(lambda[k]), floor);
            double[] col = vt[k];
            for (int i = 0; i < m; i++) {
                double vik = col[i] * w;
                double[] row = out[i];
                for (int j = 0; j < m; j++) {
                    row[j] += vik * col[j];
                }
            }
        }
        return out;
    }

    private static void gradientAt(Objective objective, double[] xw, int i, double xi, double[] g) {
        xw[i] = xi;
        objective.valueAndGradient(xw, g);
    }

    private static void symmetrise(double[][] h) {
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < i; j++) {
                double a = 0.5 * (h[i][j] + h[j][i]);
                h[i][j] = a;
                h[j][i] = a;
            }
        }
    }
}
