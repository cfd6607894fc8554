package org.darkflav.recast.couplings;

/**
 * A branching fraction that is quadratic in the couplings: Br = b_V |g_V|² + b_A |g_A|², with the
 * covariance of (b_V, b_A) from the form-factor uncertainties (null when they are switched off).
 *
 * @param bV Br per unit |g_V|²
 * @param bA Br per unit |g_A|²
 * @param covariance 2×2 covariance of (b_V, b_A), or null for exact coefficients
 */
public record QuadraticRate(double bV, double bA, double[][] covariance) {

    public QuadraticRate {
        if (!(bV >= 0) || !(bA >= 0) || !(bV + bA > 0)) {
            throw new IllegalArgumentException("rate coefficients must be >= 0 and not both 0, got b_V = " + bV
                    + ", b_A = " + bA);
        }
        if (covariance != null && (covariance.length != 2 || covariance[0].length != 2 || covariance[1].length != 2)) {
            throw new IllegalArgumentException("the covariance of (b_V, b_A) must be 2x2");
        }
    }

    /** Br at couplings (g_V, g_A). */
    public double br(double gV, double gA) {
        return bV * gV * gV + bA * gA * gA;
    }

    /** The same coefficients without uncertainty. */
    public QuadraticRate exact() {
        return new QuadraticRate(bV, bA, null);
    }

    /** Whether coefficient {@code c} carries a form-factor nuisance: non-zero, with a positive variance. */
    public boolean hasNuisance(int c) {
        return covariance != null && coefficient(c) > 0 && covariance[c][c] > 0;
    }

    /** Covariance of the relative coefficients b_i/b̄_i and b_j/b̄_j (both with a nuisance). */
    public double relativeCovariance(int i, int j) {
        return covariance[i][j] / (coefficient(i) * coefficient(j));
    }

    /** The coefficient of g_V (index 0) or g_A (1). */
    public double coefficient(int index) {
        return index == 0 ? bV : bA;
    }
}
