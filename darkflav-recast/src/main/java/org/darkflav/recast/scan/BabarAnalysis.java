package org.darkflav.recast.scan;

import org.darkflav.recast.analysis.AsymmetricGaussian;
import org.darkflav.recast.analysis.BabarApproximateLikelihood;

/**
 * APPROXIMATE BaBar scan read directly off {@link BabarApproximateLikelihood}: Br and its 1σ edges are
 * the digitised curve's, Z = √(−2ΔlnL(Br = 0)). No CLs limits: those need BaBar's binned data (NaN).
 */
public record BabarAnalysis(BabarApproximateLikelihood likelihood, double minMass, double maxMass)
        implements ScanAnalysis {

    @Override
    public String name() {
        return "babar";
    }

    @Override
    public boolean approximate() {
        return true;
    }

    @Override
    public String note() {
        return BabarApproximateLikelihood.NOTE + "; Z = sqrt(-2 dlnL(Br = 0)) of that Gaussian; no CLs limits";
    }

    @Override
    public MassPoint at(double massGeV) {
        AsymmetricGaussian g = likelihood.at(massGeV);
        double q0 = g.twiceDeltaNll(0);
        return new MassPoint(massGeV, g.best(), Math.min(g.sigmaMinus(), g.best()), g.sigmaPlus(), Math.sqrt(q0), q0,
                Double.NaN, Double.NaN, MassPoint.noBand(), MassPoint.noBand(), true);
    }
}
