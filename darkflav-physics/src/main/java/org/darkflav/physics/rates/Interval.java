package org.darkflav.physics.rates;

/**
 * A central value with a possibly asymmetric 1-sigma interval [low, high].
 *
 * @param central central value
 * @param low     lower end (may be 0)
 * @param high    upper end (may be infinite)
 */
public record Interval(double central, double low, double high) {

    /** The interval central ± error, or central − minus, central + plus. */
    public static Interval of(double central, double minus, double plus) {
        return new Interval(central, central - minus, central + plus);
    }

    /** high − central. */
    public double plus() {
        return high - central;
    }

    /** central − low. */
    public double minus() {
        return central - low;
    }
}
