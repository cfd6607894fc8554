package org.darkflav.plot;

import java.util.Objects;

/**
 * Counts per bin drawn as points with asymmetric vertical error bars (e.g. a Poisson interval).
 *
 * @param errorLow distance from each value down to the lower end of its bar (≥ 0)
 * @param errorHigh distance up to the upper end (≥ 0)
 */
public record DataPoints(String label, double[] values, double[] errorLow, double[] errorHigh) {

    /** @throws IllegalArgumentException for arrays of different lengths, negative or non-finite numbers */
    public DataPoints {
        Objects.requireNonNull(label, "data label");
        values = values.clone();
        errorLow = errorLow.clone();
        errorHigh = errorHigh.clone();
        if (errorLow.length != values.length || errorHigh.length != values.length) {
            throw new IllegalArgumentException("data '" + label + "': " + values.length + " values but "
                    + errorLow.length + " lower and " + errorHigh.length + " upper errors");
        }
        for (int b = 0; b < values.length; b++) {
            if (!(values[b] >= 0 && errorLow[b] >= 0 && errorHigh[b] >= 0) || Double.isInfinite(values[b])
                    || Double.isInfinite(errorLow[b]) || Double.isInfinite(errorHigh[b])) {
                throw new IllegalArgumentException("data '" + label + "', bin " + b + ": " + values[b] + " -"
                        + errorLow[b] + " +" + errorHigh[b] + "; values and errors must be finite and ≥ 0");
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] errorLow() {
        return errorLow.clone();
    }

    @Override
    public double[] errorHigh() {
        return errorHigh.clone();
    }

    public int size() {
        return values.length;
    }
}
