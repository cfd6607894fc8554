package org.darkflav.plot;

import java.util.List;
import org.jfree.chart.axis.ValueAxis;

/**
 * Collects the y values a plot will draw, rejects those a log axis cannot show, and makes the y axis. NaN means
 * "no value here" and is skipped; infinities are rejected.
 */
final class Range {

    private final boolean log;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    Range(boolean log) {
        this.log = log;
    }

    void addBand(String what, List<BandPoint> points, boolean twoSigma) {
        for (BandPoint p : points) {
            String where = what + " at x=" + p.x();
            add(where + ", central", p.central(), true);
            add(where + ", lo1", p.lo1(), true);
            add(where + ", hi1", p.hi1(), true);
            if (twoSigma) {
                add(where + ", lo2", p.lo2(), true);
                add(where + ", hi2", p.hi2(), true);
            }
        }
    }

    void addSeries(Series s) {
        double[] x = s.x();
        double[] y = s.y();
        for (int i = 0; i < y.length; i++) {
            add("series '" + s.label() + "' at x=" + x[i], y[i], true);
        }
    }

    /** Values that may be zero even on a log axis (stack heights): zeros are simply not shown. */
    void addValues(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            add(what + ", bin " + i, values[i], false);
        }
    }

    /** Event counts with √n error bars. */
    void addCounts(double[] counts) {
        for (int i = 0; i < counts.length; i++) {
            double n = counts[i];
            if (!(n >= 0) || Double.isInfinite(n)) {
                throw new IllegalArgumentException("data, bin " + i + ": count " + n + " must be finite and ≥ 0");
            }
            // n = 1 has its error bar down to 0: keep half a count visible above the log axis floor instead
            double lowEdge = n - Math.sqrt(n);
            add("data, bin " + i, lowEdge > 0 ? lowEdge : n / 2, false);
            add("data, bin " + i, n + Math.sqrt(n), false);
        }
    }

    private void add(String where, double v, boolean strictLog) {
        if (Double.isNaN(v)) {
            return;
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(where + ": y = " + v + " is infinite; use NaN to leave a gap");
        }
        if (log && v <= 0) {
            if (strictLog) {
                throw new IllegalArgumentException(where + ": y = " + v + " cannot be shown on a log y axis; "
                        + "values must be > 0 (use a linear axis, or NaN to leave a gap)");
            }
            return;
        }
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    /** The y axis: log in decades around the collected values, or linear with automatic range. */
    ValueAxis axis(String label, boolean includeZero) {
        if (min > max) {
            throw new IllegalArgumentException("nothing to draw: every y value is NaN"
                    + (log ? " or non-positive on the log axis" : ""));
        }
        if (log) {
            return PhysicsStyle.logYAxis(label, min, max);
        }
        return PhysicsStyle.linearYAxis(label, includeZero);
    }
}
