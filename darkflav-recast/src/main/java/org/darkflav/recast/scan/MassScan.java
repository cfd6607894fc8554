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
        return scan(analysis, grid.masses(), progress);
    }

    /**
     * The scan on the grid masses inside the analysis' range only (the BaBar curve, for one, stops at
     * 2.92 GeV); fails if none is inside.
     */
    public ScanResult scanWithinRange(ScanAnalysis analysis, MassGrid grid, ProgressListener progress) {
        double[] inside = java.util.Arrays.stream(grid.masses())
                .filter(m -> m >= analysis.minMass() - 1e-12 && m <= analysis.maxMass() + 1e-12).toArray();
        if (inside.length == 0) {
            throw new IllegalArgumentException("no mass of the grid " + grid + " lies in the range of analysis '"
                    + analysis.name() + "' [" + analysis.minMass() + ", " + analysis.maxMass() + "] GeV");
        }
        return scan(analysis, inside, progress);
    }

    /** The scan at {@code masses} (GeV, increasing), all inside the analysis' range. */
    public ScanResult scan(ScanAnalysis analysis, double[] masses, ProgressListener progress) {
        if (masses.length == 0) {
            throw new IllegalArgumentException("the mass grid is empty");
        }
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
