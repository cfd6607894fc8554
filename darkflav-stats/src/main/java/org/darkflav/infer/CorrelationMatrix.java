package org.darkflav.infer;

import java.util.List;

/** Correlations between the fitted parameters, from the covariance at the best fit (0 for fixed ones). */
public record CorrelationMatrix(List<String> parameters, double[][] values) {

    public CorrelationMatrix {
        parameters = List.copyOf(parameters);
        values = deepCopy(values);
    }

    @Override
    public double[][] values() {
        return deepCopy(values);
    }

    public double get(int i, int j) {
        return values[i][j];
    }

    /** Correlations from a covariance; a parameter with zero variance (fixed) is uncorrelated with all others. */
    public static CorrelationMatrix fromCovariance(List<String> names, double[][] cov) {
        int n = cov.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = Math.sqrt(cov[i][i] * cov[j][j]);
                c[i][j] = d > 0 ? cov[i][j] / d : (i == j ? 1 : 0);
            }
        }
        return new CorrelationMatrix(names, c);
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
