package org.darkflav.physics.rates;

/**
 * A rate split by coupling structure: Γ = w_V · vector + w_A · axial, with the squared weights of
 * {@link org.darkflav.physics.models.NewPhysics}. Units: GeV per unit squared coupling.
 *
 * @param vector rate per unit |g_V|² (Z′) or |g_V/f|² (ALP)
 * @param axial  rate per unit |g_A|² (Z′) or |g_A/f|² (ALP)
 */
public record RateCoefficients(double vector, double axial) {

    /** Γ for the given squared weights. */
    public double gamma(double vectorWeight, double axialWeight) {
        return vectorWeight * vector + axialWeight * axial;
    }
}
