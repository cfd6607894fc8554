package org.darkflav.infer;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** The standard normal distribution functions the calculators need. */
final class StandardNormal {

    private static final NormalDistribution N = new NormalDistribution(0, 1);

    private StandardNormal() { }

    /** Φ(x). */
    static double cdf(double x) {
        return N.cumulativeProbability(x);
    }

    /** Φ⁻¹(p). */
    static double quantile(double p) {
        return N.inverseCumulativeProbability(p);
    }

    /** Z = Φ⁻¹(1 − p), computed as −Φ⁻¹(p) to keep precision for small p. */
    static double significance(double p) {
        return -N.inverseCumulativeProbability(p);
    }
}
