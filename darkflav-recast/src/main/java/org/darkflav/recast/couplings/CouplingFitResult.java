package org.darkflav.recast.couplings;

/**
 * Best fit and 68 % (Δχ² = 1) profile intervals of the couplings at one mass, in physical units
 * (dimensionless for dimension 4, GeV⁻¹ for dimension 5 and the ALP's g/f, GeV⁻² for dimension 6).
 * g_V ≥ 0 by convention (rates see |g_V|² only).
 *
 * @param twiceNll −2 ln L at the best fit
 * @param converged whether every fit converged
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
