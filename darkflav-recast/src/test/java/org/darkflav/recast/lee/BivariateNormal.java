package org.darkflav.recast.lee;

/** Test reference: P(X ≥ u, Y ≥ u) for standard normals with correlation ρ, by plain quadrature. */
final class BivariateNormal {

    private BivariateNormal() { }

    /**
     * ∫_u^∞ φ(x) Φ̄((u − ρx)/√(1 − ρ²)) dx by Simpson's rule on [u, u + 12] with 24 000 intervals (the
     * integrand is smooth and below 1e-32 beyond); checked in its test against closed forms at ρ = 0
     * and the symmetric-orthant formula at u = 0.
     */
    static double upperOrthant(double u, double rho) {
        double s = Math.sqrt(1 - rho * rho);
        int n = 24_000;
        double h = 12.0 / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double x = u + i * h;
            double f = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * Normal.tail((u - rho * x) / s);
            sum += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }
}
