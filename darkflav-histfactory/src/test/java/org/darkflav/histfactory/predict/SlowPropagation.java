package org.darkflav.histfactory.predict;

/**
 * The obviously correct σ_b² = Σ_i Σ_j J_bi Σ_ij J_bj: every term of the double sum, no skipping of zeros, as a
 * reference for {@link ErrorPropagation} (test scope).
 */
final class SlowPropagation {

    private SlowPropagation() {}

    static double[] variance(double[][] jacobian, double[][] covariance) {
        double[] out = new double[jacobian.length];
        for (int b = 0; b < jacobian.length; b++) {
            for (int i = 0; i < covariance.length; i++) {
                for (int j = 0; j < covariance.length; j++) {
                    out[b] += jacobian[b][i] * covariance[i][j] * jacobian[b][j];
                }
            }
        }
        return out;
    }

    static double[][] rows(double[] flat, int bins) {
        int n = flat.length / bins;
        double[][] out = new double[bins][];
        for (int b = 0; b < bins; b++) {
            out[b] = java.util.Arrays.copyOfRange(flat, b * n, (b + 1) * n);
        }
        return out;
    }
}
