package org.darkflav.recast.templates;

/**
 * The distribution of reconstructed q² for a two-body decay B → K X, a line at q² = m_X² smeared by
 * the detector resolution. A closed set: each shape states all its parameters; none is hidden.
 *
 * <p>All shapes are normalised to 1 over the whole real line of q²rec; what happens to the
 * probability outside the analysis bins is decided by {@link OutOfRangePolicy}, not here.
 */
public sealed interface SignalShape permits GaussianShape, CrystalBallShape, BreitWignerGaussianShape {

    /** P(q²rec ≤ {@code q2Rec}) for a line at {@code lineQ2} = m_X² (GeV²). */
    double cdf(double q2Rec, double lineQ2);

    /** A short label for reports, with the parameter values. */
    String label();

    /** Φ(z), the standard normal CDF, accurate in both tails. */
    static double standardNormalCdf(double z) {
        return 0.5 * org.hipparchus.special.Erf.erfc(-z / Math.sqrt(2.0));
    }

    /** Rejects a non-positive or non-finite shape parameter with a message naming it. */
    static void requirePositive(String what, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
        }
    }
}
