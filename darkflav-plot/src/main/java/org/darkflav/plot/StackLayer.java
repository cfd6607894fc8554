package org.darkflav.plot;

import java.util.Objects;

/**
 * One contribution to a stacked histogram: its label, one value per bin, and a colour slot of the fill palette
 * (the same slot gives the same colour in every figure, e.g. one slot per sample across channels).
 */
public record StackLayer(String label, double[] values, int colorSlot) {

    /** @throws IllegalArgumentException if a value is not finite or the slot is negative */
    public StackLayer {
        Objects.requireNonNull(label, "layer label");
        values = values.clone();
        for (int b = 0; b < values.length; b++) {
            if (!Double.isFinite(values[b])) {
                throw new IllegalArgumentException("layer '" + label + "', bin " + b + ": " + values[b]
                        + " is not finite");
            }
        }
        if (colorSlot < 0) {
            throw new IllegalArgumentException("layer '" + label + "': colour slot " + colorSlot + " is negative");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
