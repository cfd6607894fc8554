package org.darkflav.recast.couplings;

/**
 * Best fit and 68 % (Δχ² = 1) profile intervals of the couplings at one mass, in physical units
 * (dimensionless for dimension 4, GeV⁻¹ for dimension 5 and the ALP's g/f, GeV⁻² for dimension 6).
 * Rates see |g_V|² and |g_A|² only, so (g_V, g_A), (−g_V, g_A), (g_V, −g_A) and (−g_V, −g_A) fit
 * equally well; the convention here is g_V ≥ 0 and g_A ≥ 0 (g_R ≥ g_L), and g_L ↔ g_R is the same
 * degeneracy.
 *
 * @param twiceNll −2 ln L at the best fit, with all constants (those of the form-factor constraint
 *     too, so values with and without form-factor nuisances are not comparable)
 * @param converged whether the free fit converged
 */
public record CouplingFitResult(CouplingModelKind kind, double massGeV, boolean formFactorNuisances, double gV,
        double gVLow, double gVHigh, double gA, double gALow, double gAHigh, double twiceNll, boolean converged) {

    /** g_L = (g_V − g_A)/2. */
    public double gL() {
        return 0.5 * (gV - gA);
    }

    /** g_R = (g_V + g_A)/2. */
    public double gR() {
        return 0.5 * (gV + gA);
    }

    /** Width of the g_V interval. */
    public double gVWidth() {
        return gVHigh - gVLow;
    }
}
