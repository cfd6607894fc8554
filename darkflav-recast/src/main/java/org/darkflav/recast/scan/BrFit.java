package org.darkflav.recast.scan;

import org.darkflav.recast.analysis.RecastWorkspace;

/**
 * A branching fraction measured with one workspace: best fit, Δ2NLL = 1 profile interval (boundary
 * aware at Br = 0) and the local significance of Br > 0.
 *
 * @param br best-fit branching fraction
 * @param errLo distance down to the lower interval edge
 * @param errHi distance up to the upper interval edge
 * @param zLocal √q0
 * @param converged whether the fits converged
 */
public record BrFit(double br, double errLo, double errHi, double zLocal, boolean converged) {

    /** Fits {@code ws} (no limits). */
    public static BrFit of(RecastWorkspace ws) {
        MassPoint p = PointInference.at(Double.NaN, ws.compile(), ws.brPerPoiUnit(), false);
        return new BrFit(p.br(), p.errLo(), p.errHi(), p.zLocal(), p.converged());
    }
}
