package org.darkflav.recast.scan;

import java.util.function.DoubleFunction;
import org.darkflav.recast.analysis.BabarApproximateLikelihood;
import org.darkflav.recast.analysis.RecastWorkspace;

/**
 * APPROXIMATE combination of a Belle II workspace with BaBar's approximate likelihood, with one fully
 * correlated Br(B → K X): the BaBar −2ΔlnL(Br) is added to the Belle II twice-NLL as a function of the
 * POI inside every fit ({@link PoiPenalisedModel}), so the nuisances are profiled on the sum. Best fit,
 * interval and Z as for a workspace; no CLs limits (the BaBar term has no data to build Asimov sets from).
 * Defined where the BaBar curve is (0.10–2.92 GeV).
 */
public record CombinedAnalysis(DoubleFunction<RecastWorkspace> belle2, BabarApproximateLikelihood babar,
        double minMass, double maxMass) implements ScanAnalysis {

    @Override
    public String name() {
        return "combined";
    }

    @Override
    public boolean approximate() {
        return true;
    }

    @Override
    public String note() {
        return "APPROXIMATE: Belle II paper method + BaBar approximate likelihood (asymmetric Gaussian in Br from the "
                + "digitised BaBar-only curve) added to the Belle II twice-NLL in every fit, Br fully correlated; "
                + "no CLs limits";
    }

    @Override
    public MassPoint at(double massGeV) {
        RecastWorkspace ws = belle2.apply(massGeV);
        var model = new PoiPenalisedModel(ws.compile(), babar.at(massGeV), ws.brPerPoiUnit());
        return PointInference.at(massGeV, model, ws.brPerPoiUnit(), false);
    }
}
