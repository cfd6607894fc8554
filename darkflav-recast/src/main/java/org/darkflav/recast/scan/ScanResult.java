package org.darkflav.recast.scan;

import java.util.List;

/**
 * A mass scan of one analysis.
 *
 * @param analysis short name ({@code belle2-ita}, {@code belle2-full}, {@code babar}, {@code combined}, ...)
 * @param approximate whether the analysis rests on an approximation beyond the experiment's own likelihood
 * @param note one line for reports: what the analysis is and what it rests on
 * @param points one per mass, in increasing mass
 * @param best the best-fit mass and its interval over the grid
 */
public record ScanResult(String analysis, boolean approximate, String note, List<MassPoint> points, BestMass best) {

    public ScanResult {
        points = List.copyOf(points);
    }

    /** The point at the best-fit mass. */
    public MassPoint bestPoint() {
        return points.get(best.index());
    }

    /** The point at {@code mass} (exact grid value within 1e-9 GeV). */
    public MassPoint at(double mass) {
        return points.stream().filter(p -> Math.abs(p.mass() - mass) < 1e-9).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the scan of " + analysis + " has no point at m_X = "
                        + mass + " GeV"));
    }

    /** Whether every fit of the scan converged. */
    public boolean converged() {
        return points.stream().allMatch(MassPoint::converged);
    }
}
