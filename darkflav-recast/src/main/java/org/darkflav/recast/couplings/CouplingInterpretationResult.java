package org.darkflav.recast.couplings;

import java.util.List;
import java.util.Map;

/**
 * Section III of the paper at one mass.
 *
 * @param note how the B → K likelihood was built (approximations named)
 * @param fits coupling fits with form factors profiled, per model kind
 * @param fitsFixedFormFactors the same with form factors at their central values
 * @param brPlane Δχ² of the data in (Br(B → K X), Br(B → K* X)) (Fig. 2 left)
 * @param dim4Plane Δχ² in (g_L, g_R) of the dimension-4 Z′, form factors profiled (Fig. 2 right)
 * @param lines the operator lines with their tension with the data
 */
public record CouplingInterpretationResult(double massGeV, String note, Map<CouplingModelKind, CouplingFitResult> fits,
        Map<CouplingModelKind, CouplingFitResult> fitsFixedFormFactors, DeltaChi2Grid brPlane,
        DeltaChi2Grid dim4Plane, List<LineTension> lines, AlpDecayConstants alp) {

    /** Δχ² levels of the 68 % and 95 % regions for two parameters. */
    public static final double LEVEL_68 = 2.30;
    public static final double LEVEL_95 = 6.18;

    /**
     * Relative widening of the g_V interval by the form-factor uncertainties for {@code kind}:
     * width(profiled)/width(fixed) − 1.
     */
    public double formFactorWidening(CouplingModelKind kind) {
        return fits.get(kind).gVWidth() / fitsFixedFormFactors.get(kind).gVWidth() - 1;
    }
}
