package org.darkflav.plot;

import java.util.Objects;

/**
 * One row of an impact ranking: the shifts of a result when one input is moved up and down by its pre-fit and
 * by its post-fit uncertainty, and that input's pull with its error drawn on a second axis. Any number may be
 * NaN, which leaves it out (e.g. an unconstrained input has no pre-fit impact and no pull).
 */
public record ImpactRow(String label, double prefitUp, double prefitDown, double postfitUp, double postfitDown,
        double pull, double pullError) {

    /** @throws IllegalArgumentException if a number is infinite */
    public ImpactRow {
        Objects.requireNonNull(label, "row label");
        for (double v : new double[] {prefitUp, prefitDown, postfitUp, postfitDown, pull, pullError}) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("row '" + label + "': " + v + " is infinite; use NaN to leave"
                        + " a number out");
            }
        }
    }
}
