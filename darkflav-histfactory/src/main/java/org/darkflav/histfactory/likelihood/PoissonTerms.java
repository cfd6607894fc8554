package org.darkflav.histfactory.likelihood;

import org.hipparchus.special.Gamma;

/**
 * The continuous Poisson log-density split as log Pois(n | ν) = n log(ν/n) − (ν − n) + K(n), with
 * K(n) = n log n − n − lnΓ(n + 1). The split is exact; it keeps precision when n and ν are huge
 * (shapesys with τ ≈ 1e11, where n log ν and ν alone are ≈ 1e12 and cancel).
 */
final class PoissonTerms {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private PoissonTerms() {}

    /** K(n) = log Pois(n | n); 0 at n = 0. Stirling's series above 100, where it is exact to double precision. */
    static double saturated(double n) {
        if (n == 0) {
            return 0;
        }
        if (n < 100) {
            return n * Math.log(n) - n - Gamma.logGamma(n + 1);
        }
        double inv = 1 / n;
        double inv2 = inv * inv;
        return -HALF_LOG_TWO_PI - 0.5 * Math.log(n) - inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }

    /** Above this count log(ν/n) loses digits that matter; log1p keeps ν ≈ n ≈ 1e11 exact. */
    private static final double LOG1P_THRESHOLD = 1e6;

    /**
     * −[n log(ν/n) − (ν − n)] ≥ 0, the Poisson deviance over two; for n = 0 it is ν. Math.log is an
     * intrinsic and log1p is not, so log1p is kept for the large counts that need it.
     */
    static double halfDeviance(double n, double nu) {
        if (n == 0) {
            return nu;
        }
        if (n < LOG1P_THRESHOLD) {
            return -n * Math.log(nu / n) + (nu - n);
        }
        double u = (nu - n) / n;
        if (u > -0.5 && u < 0.5) {
            return -n * (Math.log1p(u) - u);
        }
        // far from ν ≈ n the direct form is exact enough, and log1p would see u round to −1 when ν ≪ n
        return -n * Math.log(nu / n) + (nu - n);
    }
}
