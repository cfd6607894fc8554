package org.darkflav.recast.scan;

import java.util.function.DoubleFunction;
import org.darkflav.recast.analysis.RecastWorkspace;

/**
 * An analysis given by a generated workspace per mass (Belle II paper method, full likelihood): each
 * mass compiles its workspace and runs the full inference.
 *
 * @param workspaces m_X in GeV to the workspace with X at that mass
 * @param limits whether to compute the CLs limits (the expensive part: about two thirds of the fits)
 */
public record WorkspaceAnalysis(String name, boolean approximate, String note, double minMass, double maxMass,
        DoubleFunction<RecastWorkspace> workspaces, boolean limits) implements ScanAnalysis {

    /** The same analysis with or without CLs limits. */
    public WorkspaceAnalysis withLimits(boolean on) {
        return new WorkspaceAnalysis(name, approximate, note, minMass, maxMass, workspaces, on);
    }

    @Override
    public MassPoint at(double massGeV) {
        RecastWorkspace ws = workspaces.apply(massGeV);
        return PointInference.at(massGeV, ws.compile(), ws.brPerPoiUnit(), limits);
    }
}
