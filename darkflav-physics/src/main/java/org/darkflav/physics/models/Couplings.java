package org.darkflav.physics.models;

/**
 * b–s couplings of Eq. (2) of the paper in the chiral basis, g_L and g_R, with the vector/axial
 * combinations g_V = g_R + g_L and g_A = g_R − g_L. For dimension 5 and 6 the values are g/Λ (GeV⁻¹)
 * and g/Λ² (GeV⁻²). Real couplings suffice: summed over polarisations the rates depend only on
 * |g_V|² and |g_A|² (no V–A interference).
 *
 * @param gL coupling to the left-handed current
 * @param gR coupling to the right-handed current
 */
public record Couplings(double gL, double gR) {

    public Couplings {
        if (!Double.isFinite(gL) || !Double.isFinite(gR)) {
            throw new IllegalArgumentException("couplings must be finite, got gL=" + gL + ", gR=" + gR);
        }
    }

    /** From the vector/axial basis: g_L = (g_V − g_A)/2, g_R = (g_V + g_A)/2. */
    public static Couplings ofVectorAxial(double gV, double gA) {
        return new Couplings(0.5 * (gV - gA), 0.5 * (gV + gA));
    }

    /** g_V = g_R + g_L. */
    public double gV() {
        return gR + gL;
    }

    /** g_A = g_R − g_L. */
    public double gA() {
        return gR - gL;
    }

    /** All couplings multiplied by {@code factor}. */
    public Couplings scaled(double factor) {
        return new Couplings(gL * factor, gR * factor);
    }
}
