package org.darkflav.physics.rates;

import org.darkflav.physics.formfactors.Uncertain;
import org.darkflav.physics.models.NewPhysics;

/**
 * Form-factor uncertainty of a branching ratio, by sampling the form-factor coefficients from their
 * Gaussian (seeded, reproducible). Rates are quadratic in the form factors, so sampling rather than
 * linearisation is used here.
 */
public final class BrUncertainty {

    private BrUncertainty() {}

    /** Br at the central form factors, and the standard deviation over {@code n} samples. */
    public static Uncertain sampled(BToKX process, double mX, NewPhysics physics, int n, long seed) {
        double central = process.br(mX, physics);
        double[][] samples = process.formFactorCoefficients().sample(n, seed);
        double sum = 0;
        double sum2 = 0;
        for (double[] p : samples) {
            double br = process.withFormFactorCoefficients(p).br(mX, physics);
            sum += br;
            sum2 += br * br;
        }
        double mean = sum / n;
        return new Uncertain(central, Math.sqrt(Math.max(0.0, (sum2 - n * mean * mean) / (n - 1))));
    }
}
