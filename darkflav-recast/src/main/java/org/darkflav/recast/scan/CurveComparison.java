package org.darkflav.recast.scan;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.recast.data.FitCurve;

/**
 * A scan against a digitised curve of the paper, mass by mass: the ratio of best fits, whether it lies
 * in an acceptance window, and the relative half-widths of the two 1σ bands.
 *
 * @param analysis the scan's analysis name
 * @param note the scan's note (the reading and its assumptions)
 * @param curve name of the paper's curve
 * @param ratioLow lower end of the acceptance window of darkflav / paper
 * @param ratioHigh its upper end
 * @param rows one per compared mass, increasing
 */
public record CurveComparison(String analysis, String note, String curve, double ratioLow, double ratioHigh,
        List<Row> rows) {

    /**
     * One mass.
     *
     * @param mass m_X in GeV
     * @param br darkflav's best fit
     * @param paperBr the paper's best fit (digitised, interpolated in m_X)
     * @param ratio br / paperBr
     * @param within whether the ratio lies in [ratioLow, ratioHigh]
     * @param relHalfWidth darkflav's (err_lo + err_hi) / (2 br)
     * @param paperRelHalfWidth the paper's (upper − lower) / (2 best)
     */
    public record Row(double mass, double br, double paperBr, double ratio, boolean within, double relHalfWidth,
            double paperRelHalfWidth) {}

    public CurveComparison {
        rows = List.copyOf(rows);
    }

    /**
     * Compares the points of {@code scan} with masses in [{@code lo}, {@code hi}] (and inside the curve)
     * with {@code paper}.
     */
    public static CurveComparison of(ScanResult scan, FitCurve paper, double lo, double hi, double ratioLow,
            double ratioHigh) {
        List<Row> rows = new ArrayList<>();
        for (MassPoint p : scan.points()) {
            double m = p.mass();
            if (m < lo - 1e-9 || m > hi + 1e-9 || m < paper.minMass() || m > paper.maxMass()) {
                continue;
            }
            double[] c = paper.at(m);
            double ratio = p.br() / c[0];
            rows.add(new Row(m, p.br(), c[0], ratio, ratio >= ratioLow && ratio <= ratioHigh,
                    (p.errLo() + p.errHi()) / (2 * p.br()), (c[2] - c[1]) / (2 * c[0])));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("scan " + scan.analysis() + " has no mass in [" + lo + ", " + hi
                    + "] GeV inside the curve " + paper.name());
        }
        return new CurveComparison(scan.analysis(), scan.note(), paper.name(), ratioLow, ratioHigh, rows);
    }

    /** Number of masses whose ratio lies in the window. */
    public int withinCount() {
        return (int) rows.stream().filter(Row::within).count();
    }

    /** Fraction of masses whose ratio lies in the window. */
    public double withinFraction() {
        return (double) withinCount() / rows.size();
    }

    /** {min, max} of the ratio. */
    public double[] ratioRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Row r : rows) {
            min = Math.min(min, r.ratio());
            max = Math.max(max, r.ratio());
        }
        return new double[] {min, max};
    }

    /** The row at {@code mass} (within 1e-9 GeV). */
    public Row at(double mass) {
        return rows.stream().filter(r -> Math.abs(r.mass() - mass) < 1e-9).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no comparison at m_X = " + mass + " GeV"));
    }
}
