package org.darkflav.recast.scan;

import java.util.List;

/**
 * Result of {@link ShapeSystematics}: the variants (nominal first) and one envelope point per mass.
 *
 * @param variants the signal-shape variants, nominal first
 * @param points one per mass, in increasing mass
 */
public record ShapeEnvelope(List<ShapeVariant> variants, List<ShapeEnvelopePoint> points) {

    public ShapeEnvelope {
        variants = List.copyOf(variants);
        points = List.copyOf(points);
    }

    /** The point at {@code mass} (exact grid value within 1e-9 GeV). */
    public ShapeEnvelopePoint at(double mass) {
        return points.stream().filter(p -> Math.abs(p.mass() - mass) < 1e-9).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the shape systematics have no point at m_X = "
                        + mass + " GeV"));
    }

    /** Whether every fit converged. */
    public boolean converged() {
        return points.stream().allMatch(ShapeEnvelopePoint::converged);
    }
}
