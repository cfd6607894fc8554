package org.darkflav.histfactory.parametrised;

/** The Cholesky factor Σ = L Lᵀ of a covariance matrix, checked for shape, symmetry and positive definiteness. */
final class Cholesky {

    /** Relative asymmetry |Σ_ij − Σ_ji| / √(Σ_ii Σ_jj) accepted as rounding. */
    private static final double SYMMETRY_TOLERANCE = 1e-10;

    private Cholesky() {}

    /**
     * L as a flat row-major n × n array (upper triangle 0).
     *
     * @param what names the matrix in error messages
     * @throws IllegalArgumentException if the matrix is not square, not symmetric or not positive definite
     */
    static double[] factor(double[][] sigma, String what) {
        int n = sigma.length;
        for (int i = 0; i < n; i++) {
            if (sigma[i] == null || sigma[i].length != n) {
                throw new IllegalArgumentException(what + ": covariance row " + i + " has "
                        + (sigma[i] == null ? 0 : sigma[i].length) + " entries; the matrix must be " + n + " × " + n
                        + ", one row and column per parameter");
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(sigma[i][j])) {
                    throw new IllegalArgumentException(what + ": covariance[" + i + "][" + j + "] = " + sigma[i][j]
                            + " is not a finite number");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double scale = Math.sqrt(Math.abs(sigma[i][i] * sigma[j][j]));
                if (Math.abs(sigma[i][j] - sigma[j][i]) > SYMMETRY_TOLERANCE * scale) {
                    throw new IllegalArgumentException(what + ": covariance is not symmetric: [" + i + "][" + j + "] = "
                            + sigma[i][j] + " but [" + j + "][" + i + "] = " + sigma[j][i]);
                }
            }
        }
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            double d = sigma[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException(what + ": covariance is not positive definite (Cholesky pivot "
                        + j + " is " + d + "); check the correlations (|ρ| < 1, consistent among all pairs) and "
                        + "that every variance is positive");
            }
            double ljj = Math.sqrt(d);
            l[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = sigma[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / ljj;
            }
        }
        return l;
    }
}
