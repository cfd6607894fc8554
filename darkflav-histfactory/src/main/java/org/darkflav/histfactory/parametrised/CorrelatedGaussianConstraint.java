package org.darkflav.histfactory.parametrised;

import java.util.List;

/**
 * A multivariate Gaussian constraint N(a | x, Σ) on a group of new parameters x, with auxiliary data a
 * whose nominal value is {@code mean}: in −2 log L it adds (x − a)ᵀ Σ⁻¹ (x − a) + log det(2πΣ).
 *
 * <p>The arrays are copied on the way in and out; equality is by identity, as for any array.
 *
 * @param names the constrained new parameters, in the order of {@code mean} and {@code covariance}
 * @param mean nominal auxiliary data (the measured central values)
 * @param covariance Σ, symmetric positive definite
 */
public record CorrelatedGaussianConstraint(List<String> names, double[] mean, double[][] covariance) {

    /** @throws IllegalArgumentException for mismatched sizes or a covariance that is not symmetric positive definite */
    public CorrelatedGaussianConstraint {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a correlated Gaussian constraint needs at least one parameter name");
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("correlated Gaussian constraint on " + names
                    + " names a parameter twice");
        }
        String what = "correlated Gaussian constraint on " + names;
        if (mean.length != names.size() || covariance.length != names.size()) {
            throw new IllegalArgumentException(what + ": " + names.size() + " names but " + mean.length
                    + " means and a "
                    + covariance.length + "-row covariance; give one mean and one row per name");
        }
        for (int i = 0; i < mean.length; i++) {
            if (!Double.isFinite(mean[i])) {
                throw new IllegalArgumentException(what + ": mean of '" + names.get(i) + "' is " + mean[i]);
            }
        }
        mean = mean.clone();
        covariance = deepCopy(covariance);
        Cholesky.factor(covariance, what);
    }

    /**
     * The constraint with covariance Σ_ij = σ_i σ_j ρ_ij, as uncertainties and correlations are usually
     * published.
     *
     * @throws IllegalArgumentException for mismatched sizes, a σ that is not positive or a correlation
     *     matrix whose diagonal is not 1
     */
    public static CorrelatedGaussianConstraint ofCorrelation(List<String> names, double[] mean, double[] sigma,
            double[][] correlation) {
        int n = sigma.length;
        if (correlation.length != n) {
            throw new IllegalArgumentException("correlated Gaussian constraint on " + names + ": " + n
                    + " uncertainties but a " + correlation.length + "-row correlation matrix");
        }
        double[][] cov = new double[n][];
        for (int i = 0; i < n; i++) {
            if (!(sigma[i] > 0) || Double.isInfinite(sigma[i])) {
                throw new IllegalArgumentException("correlated Gaussian constraint on " + names + ": uncertainty " + i
                        + " is " + sigma[i] + "; give a finite positive σ");
            }
            if (correlation[i].length != n || Math.abs(correlation[i][i] - 1) > 1e-12) {
                throw new IllegalArgumentException("correlated Gaussian constraint on " + names + ": correlation row "
                        + i + " must have " + n + " entries and 1 on the diagonal");
            }
            cov[i] = new double[n];
            for (int j = 0; j < n; j++) {
                cov[i][j] = sigma[i] * sigma[j] * correlation[i][j];
            }
        }
        return new CorrelatedGaussianConstraint(names, mean, cov);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /** Σ_ii^½, the marginal width of each parameter. */
    public double[] widths() {
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.sqrt(covariance[i][i]);
        }
        return w;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i] == null ? null : m[i].clone();
        }
        return c;
    }
}
