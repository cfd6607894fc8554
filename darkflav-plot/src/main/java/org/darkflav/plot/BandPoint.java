package org.darkflav.plot;

/**
 * One x value of a banded curve: the central value and the edges of the ±1σ ({@code lo1}, {@code hi1}) and ±2σ
 * ({@code lo2}, {@code hi2}) bands. Any y value may be NaN: that curve or band then has a gap at this x (e.g. a
 * mass where the fit failed). Plots that draw only one band ignore {@code lo2} and {@code hi2}.
 */
public record BandPoint(double x, double central, double lo1, double hi1, double lo2, double hi2) {

    /** @throws IllegalArgumentException if x is not finite or a band has its lower edge above its upper edge */
    public BandPoint {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("band point x must be finite, got " + x);
        }
        if (lo1 > hi1) {
            throw new IllegalArgumentException("band point at x=" + x + ": 1σ band is inverted (lo1=" + lo1
                    + " > hi1=" + hi1 + "); pass the lower edge first");
        }
        if (lo2 > hi2) {
            throw new IllegalArgumentException("band point at x=" + x + ": 2σ band is inverted (lo2=" + lo2
                    + " > hi2=" + hi2 + "); pass the lower edge first");
        }
    }
}
