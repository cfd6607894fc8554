package org.darkflav.recast.scan;

import java.util.Locale;

/**
 * An evenly spaced grid of X masses lo, lo + step, ..., hi (hi included when it lies on the grid to
 * 1e-9 of a step), inside the kinematic range 0 ≤ m_X ≤ m_B⁺ − m_K⁺.
 */
public record MassGrid(double lo, double hi, double step) {

    /** m_B⁺ − m_K⁺ = 5.27934 − 0.493677 GeV (PDG 2024): the heaviest X in B⁺ → K⁺ X. */
    public static final double KINEMATIC_LIMIT_GEV = 5.27934 - 0.493677;

    public MassGrid {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && Double.isFinite(step))) {
            throw new IllegalArgumentException("mass grid: lo, hi and step must be finite numbers");
        }
        if (lo < 0) {
            throw new IllegalArgumentException("mass grid: the lowest mass " + lo + " GeV is negative");
        }
        if (hi < lo) {
            throw new IllegalArgumentException("mass grid: the range " + lo + ":" + hi
                    + " is inverted; give lo:hi:step with lo <= hi");
        }
        if (hi > KINEMATIC_LIMIT_GEV) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "mass grid: %s GeV is beyond the kinematic limit m_B - m_K = %.3f GeV", hi, KINEMATIC_LIMIT_GEV));
        }
        if (!(step > 0) && hi > lo) {
            throw new IllegalArgumentException("mass grid: the step must be positive, got " + step);
        }
        if (hi > lo && (hi - lo) / step > 10_000) {
            throw new IllegalArgumentException("mass grid: more than 10000 masses; use a larger step");
        }
    }

    /** Parses {@code lo:hi:step} (GeV) or a single mass {@code m}. */
    public static MassGrid parse(String text) {
        String[] parts = text.trim().split(":");
        try {
            if (parts.length == 1) {
                double m = Double.parseDouble(parts[0]);
                return new MassGrid(m, m, 1);
            }
            if (parts.length == 3) {
                return new MassGrid(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("mass grid '" + text + "': not a number (" + e.getMessage()
                    + "); expected lo:hi:step in GeV, e.g. 0:4.6:0.2", e);
        }
        throw new IllegalArgumentException("mass grid '" + text + "': expected lo:hi:step in GeV, e.g. 0:4.6:0.2");
    }

    public double[] masses() {
        if (hi == lo) {
            return new double[] {lo};
        }
        int n = (int) Math.floor((hi - lo) / step + 1e-9) + 1;
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            // rounded to 1e-9 GeV so that 0.1 + 0.2 prints as 0.3
            m[i] = Math.round((lo + i * step) * 1e9) / 1e9;
        }
        return m;
    }

    @Override
    public String toString() {
        return lo + ":" + hi + ":" + step;
    }
}
