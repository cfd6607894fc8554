package org.darkflav.recast.scan;

import java.util.List;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;

/**
 * Scans an analysis over a mass grid, one independent task per mass on a {@link TaskRunner} (each
 * compiles its own model, so the masses run in parallel without sharing state), then finds the
 * best-fit mass and its interval over the grid ({@link BestMass}).
 */
public final class MassScan {

    private final TaskRunner runner;

    public MassScan(TaskRunner runner) {
        this.runner = runner;
    }

    public ScanResult scan(ScanAnalysis analysis, MassGrid grid, ProgressListener progress) {
        double[] masses = grid.masses();
        for (double m : masses) {
            if (m < analysis.minMass() - 1e-12 || m > analysis.maxMass() + 1e-12) {
                throw new IllegalArgumentException("m_X = " + m + " GeV is outside the range of analysis '"
                        + analysis.name() + "' [" + analysis.minMass() + ", " + analysis.maxMass() + "] GeV");
            }
        }
        List<MassPoint> points = runner.map(masses.length, i -> analysis.at(masses[i]), progress);
        double[] q0 = points.stream().mapToDouble(MassPoint::q0).toArray();
        return new ScanResult(analysis.name(), analysis.approximate(), analysis.note(), points,
                BestMass.of(masses, q0));
    }
}
