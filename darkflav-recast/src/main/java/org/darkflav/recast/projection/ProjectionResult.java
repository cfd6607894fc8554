package org.darkflav.recast.projection;

import java.util.List;

/**
 * A luminosity projection of one analysis over masses and luminosities.
 *
 * @param analysis the analysis name, e.g. {@code belle2-ita}
 * @param approximate whether the analysis rests on an approximation beyond the experiment's own
 * @param note one line: the analysis and the projection's assumptions
 * @param current the luminosity of the current dataset, with its source
 * @param systematics how the systematics were scaled
 * @param brSource where the signal Br of the significance comes from (best fit per mass, or given)
 * @param points one per (mass, luminosity), masses slow, luminosities fast
 */
public record ProjectionResult(String analysis, boolean approximate, String note, DatasetLuminosity current,
        SystematicsScaling systematics, String brSource, List<ProjectionPoint> points) {

    public ProjectionResult {
        points = List.copyOf(points);
    }

    /** Whether every fit converged. */
    public boolean converged() {
        return points.stream().allMatch(ProjectionPoint::converged);
    }

    /** The point at {@code mass} and {@code lumiAb} (to 1e-9). */
    public ProjectionPoint at(double mass, double lumiAb) {
        return points.stream().filter(p -> Math.abs(p.mass() - mass) < 1e-9 && Math.abs(p.lumiAb() - lumiAb) < 1e-9)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no projected point at m_X = " + mass
                        + " GeV, L = " + lumiAb + " ab^-1"));
    }
}
