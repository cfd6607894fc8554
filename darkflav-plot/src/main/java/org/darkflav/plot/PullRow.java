package org.darkflav.plot;

import java.util.Objects;

/**
 * One row of a pull plot: a point with a symmetric horizontal error bar, e.g. a nuisance parameter's pull
 * (θ̂ − θ₀)/Δθ with its constraint Δθ̂/Δθ.
 *
 * @param error half-length of the bar (≥ 0), or NaN for no bar
 */
public record PullRow(String label, double value, double error) {

    /** @throws IllegalArgumentException if the value is not finite or the error is negative */
    public PullRow {
        Objects.requireNonNull(label, "row label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("row '" + label + "': value " + value + " is not finite");
        }
        if (error < 0 || Double.isInfinite(error)) {
            throw new IllegalArgumentException("row '" + label + "': error " + error + " must be finite and ≥ 0"
                    + " (NaN for none)");
        }
    }
}
