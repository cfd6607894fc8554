package org.darkflav.recast.couplings;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.physics.rates.PhysicsInputs;
import org.darkflav.recast.analysis.BabarKstarApproximateLikelihood;
import org.darkflav.recast.analysis.Belle2017Counting;
import org.darkflav.recast.analysis.BrLikelihood;
import org.darkflav.recast.analysis.TabulatedBrLikelihood;
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
     * With {@link CouplingOptions#DEFAULT}.
     *
     * @param method {@code combined} (Belle II paper method + BaBar) or {@code combined-full} (Belle II
     *     full likelihood + BaBar)
     */
    public CouplingInterpretation at(String method, double massGeV) {
        return at(method, massGeV, CouplingOptions.DEFAULT);
    }

    /**
     * @param method {@code combined} (Belle II paper method + BaBar) or {@code combined-full} (Belle II
     *     full likelihood + BaBar)
     */
    public CouplingInterpretation at(String method, double massGeV, CouplingOptions options) {
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
        BrLikelihood kstar = kstarLikelihood(massGeV, options.belle2017Kstar());
        // the 2σ limit the paper uses for F_A: Δχ² = 4 above the best fit
        return new CouplingInterpretation(physics, combined.model(massGeV), kstar, kstar.upperLimit(4), massGeV,
                options.kstarMode());
    }

    /**
     * APPROXIMATE B → K* X likelihood at {@code massGeV}: BaBar's digitised curve, times Belle 2017's K*+ and
     * K*0 counts (flat efficiency, one common Br) if {@code withBelle2017}.
     */
    public BrLikelihood kstarLikelihood(double massGeV, boolean withBelle2017) {
        BrLikelihood babar = BrLikelihood.named("BaBar approximate (digitised Fig. 1 right)",
                BabarKstarApproximateLikelihood.fromBundles(analyses.bundles()).at(massGeV));
        if (!withBelle2017) {
            return babar;
        }
        List<BrLikelihood> terms = new ArrayList<>(List.of(babar));
        terms.addAll(new Belle2017Counting(analyses.bundles(), physics.particles()).kstar());
        // the counting terms integrate over their background at every call: tabulate once for the planes
        return new TabulatedBrLikelihood(BrLikelihood.product(terms));
    }
}
