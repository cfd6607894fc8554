package org.darkflav.histfactory.parametrised;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * One correlated Gaussian constraint resolved against the reparametrised model's parameter vector:
 * (x − a)ᵀ Σ⁻¹ (x − a) + log det(2πΣ), evaluated through the Cholesky factor (two triangular solves, no
 * explicit inverse) so that strongly correlated groups keep their precision.
 */
final class GaussianTerm {
    private final int[] params;
    private final int auxOffset;
    private final double[] lower;
    private final double constant;

    /**
     * @param params indices of the group's parameters in the model's parameter vector
     * @param auxOffset index of the group's first auxiliary datum among the constraint aux data
     */
    GaussianTerm(CorrelatedGaussianConstraint c, int[] params, int auxOffset) {
        this.params = params.clone();
        this.auxOffset = auxOffset;
        int n = params.length;
        this.lower = Cholesky.factor(c.covariance(), "correlated Gaussian constraint on " + c.names());
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            logDet += 2 * Math.log(lower[i * n + i]);
        }
        this.constant = n * Math.log(2 * Math.PI) + logDet;
    }

    int size() {
        return params.length;
    }

    /**
     * The term at {@code x} with aux data {@code aux[auxOffset..]}; adds 2 Σ⁻¹ (x − a) to {@code gradient}
     * unless it is null. {@code z} and {@code w} are scratch arrays of at least {@link #size()}.
     */
    double value(double[] x, double[] aux, double[] gradient, double[] z, double[] w) {
        int n = params.length;
        double quad = 0;
        for (int i = 0; i < n; i++) {
            double s = x[params[i]] - aux[auxOffset + i];
            for (int k = 0; k < i; k++) {
                s -= lower[i * n + k] * z[k];
            }
            z[i] = s / lower[i * n + i];
            quad += z[i] * z[i];
        }
        if (gradient != null) {
            for (int i = n - 1; i >= 0; i--) {
                double s = z[i];
                for (int k = i + 1; k < n; k++) {
                    s -= lower[k * n + i] * w[k];
                }
                w[i] = s / lower[i * n + i];
                gradient[params[i]] += 2 * w[i];
            }
        }
        return quad + constant;
    }

    /** Writes the expected aux data (the parameters' values) to {@code out[offset + auxOffset..]}. */
    void expected(double[] x, double[] out, int offset) {
        for (int i = 0; i < params.length; i++) {
            out[offset + auxOffset + i] = x[params[i]];
        }
    }

    /** Draws aux data x + L u, u standard normal, into {@code out[offset + auxOffset..]}. */
    void sample(double[] x, NormalizedGaussianSampler gauss, double[] out, int offset) {
        int n = params.length;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = gauss.sample();
        }
        for (int i = 0; i < n; i++) {
            double s = x[params[i]];
            for (int k = 0; k <= i; k++) {
                s += lower[i * n + k] * u[k];
            }
            out[offset + auxOffset + i] = s;
        }
    }
}
