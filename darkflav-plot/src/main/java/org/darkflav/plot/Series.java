package org.darkflav.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named curve: points (x[i], y[i]). A NaN y leaves a gap in the curve. The arrays are copied on the way in and
 * out, so a series never changes after construction.
 */
public record Series(String label, double[] x, double[] y) {

    /**
     * @throws IllegalArgumentException if the series is empty, x and y differ in length or an x value is not
     *     finite
     */
    public Series {
        Objects.requireNonNull(label, "series label");
        Objects.requireNonNull(x, () -> "series '" + label + "': x");
        Objects.requireNonNull(y, () -> "series '" + label + "': y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + label + "': x has " + x.length + " values but y has "
                    + y.length + "; give one y per x");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("series '" + label + "' has no points");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("series '" + label + "': x[" + i + "] = " + x[i]
                        + " is not finite");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && label.equals(s.label) && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + label + ", " + x.length + " points]";
    }
}
