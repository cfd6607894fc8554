package org.darkflav.recast.couplings;

import org.darkflav.physics.rates.PhysicsInputs;
import org.darkflav.recast.analysis.BabarKstarApproximateLikelihood;
import org.darkflav.recast.scan.CombinedAnalysis;
import org.darkflav.recast.scan.RecastAnalyses;

/** Builds {@link CouplingInterpretation}s from the shipped analyses. */
public final class CouplingInterpretations {

    /** Combined B → K likelihoods a coupling fit can use. */
    public static final java.util.List<String> METHODS = java.util.List.of("combined", "combined-full");

    private final RecastAnalyses analyses;
    private final PhysicsInputs physics;

    public CouplingInterpretations(RecastAnalyses analyses, PhysicsInputs physics) {
        this.analyses = analyses;
        this.physics = physics;
    }

    /**
     * @param method {@code combined} (Belle II paper method + BaBar) or {@code combined-full} (Belle II
     *     full likelihood + BaBar)
     */
    public CouplingInterpretation at(String method, double massGeV) {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unknown B -> K likelihood '" + method + "' for a coupling fit; known: "
                    + String.join(", ", METHODS));
        }
        CombinedAnalysis combined = (CombinedAnalysis) analyses.byName(method);
        if (massGeV < combined.minMass() || massGeV > combined.maxMass()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "m_X = %s GeV is outside the range of the %s likelihood, %.2f-%.2f GeV", massGeV, method,
                    combined.minMass(), combined.maxMass()));
        }
        if (massGeV > BabarKstarApproximateLikelihood.RELIABLE_MAX_MASS_GEV) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "m_X = %s GeV is outside the range of BaBar's B -> K* X curve (up to %.2f GeV)", massGeV,
                    BabarKstarApproximateLikelihood.RELIABLE_MAX_MASS_GEV));
        }
        BabarKstarApproximateLikelihood babarKstar = BabarKstarApproximateLikelihood.fromBundles(analyses.bundles());
        // the 2σ limit the paper uses for F_A: Δχ² = 4 above the best fit
        return new CouplingInterpretation(physics, combined.model(massGeV), babarKstar.at(massGeV),
                babarKstar.limits(massGeV).ul2Sigma(), massGeV);
    }
}
