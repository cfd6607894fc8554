package org.darkflav.recast.scan;

import java.util.List;
import java.util.function.DoubleFunction;
import org.darkflav.recast.analysis.BabarApproximateLikelihood;
import org.darkflav.recast.analysis.BrLikelihood;
import org.darkflav.recast.analysis.RecastWorkspace;

/**
 * APPROXIMATE combination of a Belle II workspace (paper method or full likelihood) with BaBar's approximate likelihood, with one fully
 * correlated Br(B → K X): the BaBar −2ΔlnL(Br) is added to the Belle II twice-NLL as a function of the
 * POI inside every fit ({@link PoiPenalisedModel}), so the nuisances are profiled on the sum. Best fit,
 * interval and Z as for a workspace; no CLs limits (the BaBar term has no data to build Asimov sets from).
 * Defined where the BaBar curve is (0.10–2.92 GeV).
 *
 * @param others further likelihoods in the same Br(B⁺ → K⁺ X) that do not depend on m_X (e.g. Belle 2017's
 *     counts with a flat efficiency), added the same way
 */
public record CombinedAnalysis(String name, String belle2Method, DoubleFunction<RecastWorkspace> belle2,
        BabarApproximateLikelihood babar, double minMass, double maxMass, List<BrLikelihood> others)
        implements ScanAnalysis {

    /** Belle II and BaBar only. */
    public CombinedAnalysis(String name, String belle2Method, DoubleFunction<RecastWorkspace> belle2,
            BabarApproximateLikelihood babar, double minMass, double maxMass) {
        this(name, belle2Method, belle2, babar, minMass, maxMass, List.of());
    }

    public CombinedAnalysis {
        others = List.copyOf(others);
    }

    @Override
    public boolean approximate() {
        return true;
    }

    @Override
    public String note() {
        String more = others.isEmpty() ? "" : " + " + others.stream().map(BrLikelihood::label)
                .collect(java.util.stream.Collectors.joining(" + "));
        return "APPROXIMATE: Belle II " + belle2Method + " + BaBar approximate likelihood (asymmetric Gaussian in Br from the "
                + "digitised BaBar-only curve)" + more + " added to the Belle II twice-NLL in every fit, Br fully "
                + "correlated; no CLs limits";
    }

    @Override
    public MassPoint at(double massGeV) {
        BrModel m = model(massGeV);
        return PointInference.at(massGeV, m.model(), m.brPerPoiUnit(), false);
    }

    /** The combined likelihood at {@code massGeV}, POI in units of the Belle II workspace's Br. */
    public BrModel model(double massGeV) {
        RecastWorkspace ws = belle2.apply(massGeV);
        List<BrLikelihood> terms = new java.util.ArrayList<>(List.of(babar.at(massGeV)));
        terms.addAll(others);
        BrLikelihood term = terms.size() == 1 ? terms.get(0) : BrLikelihood.product(terms);
        return new BrModel(new PoiPenalisedModel(ws.compile(), term, ws.brPerPoiUnit()), ws.brPerPoiUnit(), true,
                note());
    }
}
