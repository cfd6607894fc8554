package org.darkflav.infer;

import java.util.function.DoubleUnaryOperator;

/**
 * Five expected values ordered as pyhf's band: −2σ, −1σ, median, +1σ, +2σ (for CLs the ascending order,
 * i.e. the band evaluated at t̃ = +2, +1, 0, −1, −2 of the background-only distribution).
 */
public record ExpectedBand(double minus2, double minus1, double median, double plus1, double plus2) {

    /** Number of points in a band. */
    public static final int SIZE = 5;

    public static ExpectedBand of(double[] values) {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("an expected band has 5 values, got " + values.length);
        }
        return new ExpectedBand(values[0], values[1], values[2], values[3], values[4]);
    }

    /** The value at position {@code i} (0 = −2σ ... 4 = +2σ). */
    public double get(int i) {
        return switch (i) {
            case 0 -> minus2;
            case 1 -> minus1;
            case 2 -> median;
            case 3 -> plus1;
            case 4 -> plus2;
            default -> throw new IndexOutOfBoundsException("band index " + i + " is not in 0..4");
        };
    }

    public double[] toArray() {
        return new double[] {minus2, minus1, median, plus1, plus2};
    }

    public ExpectedBand map(DoubleUnaryOperator f) {
        return new ExpectedBand(f.applyAsDouble(minus2), f.applyAsDouble(minus1), f.applyAsDouble(median),
                f.applyAsDouble(plus1), f.applyAsDouble(plus2));
    }
}
