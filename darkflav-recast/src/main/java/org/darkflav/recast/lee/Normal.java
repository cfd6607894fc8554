package org.darkflav.recast.lee;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;

/** The standard normal tail and its inverse, accurate far into the tail. */
final class Normal {

    private static final NormalDistribution N = new NormalDistribution(0, 1);

    private Normal() { }

    /** P(Z ≥ z) = ½ erfc(z/√2). */
    static double tail(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }

    /** The z with P(Z ≥ z) = p, as −Φ⁻¹(p) for precision at small p; +∞ for p = 0. */
    static double significance(double p) {
        return p <= 0 ? Double.POSITIVE_INFINITY : -N.inverseCumulativeProbability(p);
    }

    /** The density φ(z). */
    static double density(double z) {
        return N.density(z);
    }
}
