package org.darkflav.histfactory.predict;

/**
 * Linear error propagation of parameter uncertainties to expected rates: σ_b² = J_b Σ J_bᵀ, with J_b the row
 * of the Jacobian for bin b. Each bin depends on few parameters (its samples' modifiers), so only the
 * non-zero entries of J_b enter the double sum.
 */
final class ErrorPropagation {

    private ErrorPropagation() {}

    /**
     * @param jacobian row-major bins × n, as {@link YieldJacobian#of}
     * @param covariance n × n, symmetric
     * @return σ_b per bin
     */
    static double[] stdev(double[] jacobian, int bins, double[][] covariance) {
        int n = covariance.length;
        if (jacobian.length != bins * n) {
            throw new IllegalArgumentException("Jacobian of " + jacobian.length + " entries for " + bins
                    + " bins and a " + n + " × " + n + " covariance");
        }
        double[] sigma = new double[bins];
        int[] nonZero = new int[n];
        for (int b = 0; b < bins; b++) {
            int row = b * n;
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (jacobian[row + i] != 0) {
                    nonZero[m++] = i;
                }
            }
            double variance = 0;
            double scale = 0;
            for (int p = 0; p < m; p++) {
                int i = nonZero[p];
                double[] covRow = covariance[i];
                for (int q = 0; q < m; q++) {
                    double term = jacobian[row + i] * covRow[nonZero[q]] * jacobian[row + nonZero[q]];
                    variance += term;
                    scale += Math.abs(term);
                }
            }
            sigma[b] = Math.sqrt(variance >= 0 ? variance : roundingOnly(variance, scale) ? 0 : Double.NaN);
        }
        return sigma;
    }

    /**
     * A variance a little below zero is rounding in a sum of large terms of both signs; well below zero the
     * covariance is not positive semi-definite and no σ exists.
     */
    private static boolean roundingOnly(double variance, double scale) {
        return -variance <= 1e-12 * scale;
    }
}
