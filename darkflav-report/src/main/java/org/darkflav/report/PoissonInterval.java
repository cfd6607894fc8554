package org.darkflav.report;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * The Garwood (frequentist, central) 68.27 % interval of a Poisson mean given n counts, the error bars cabinetry
 * draws on data (hist's {@code poisson_interval}): [χ²(α/2; 2n)/2, χ²(1 − α/2; 2n + 2)/2], the lower end 0 at
 * n = 0. Defined for any real n ≥ 0, so Asimov data get bars too.
 */
final class PoissonInterval {

    /** 1 − the probability content of ±1σ of a normal distribution. */
    private static final double ALPHA = 1 - 0.6826894921370859;

    private PoissonInterval() {}

    /** {lower, upper} ends of the interval for {@code n} counts. */
    static double[] of(double n) {
        if (!(n >= 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("count " + n + " must be finite and ≥ 0");
        }
        double lower = n == 0 ? 0 : new ChiSquaredDistribution(2 * n).inverseCumulativeProbability(ALPHA / 2) / 2;
        double upper = new ChiSquaredDistribution(2 * n + 2).inverseCumulativeProbability(1 - ALPHA / 2) / 2;
        return new double[] {lower, upper};
    }
}
