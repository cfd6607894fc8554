package org.darkflav.recast.lee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The distribution of the largest local significance max_m Z(m) = √(max q0) of the background-only
 * toys, as a table in bins of Z, with the fraction of toys at or above each bin's lower edge (the global
 * p-value as a function of the level) next to the Gross–Vitells estimate of the same.
 *
 * @param binWidth the bin width in Z
 * @param observedZ the observed largest local Z, for marking
 * @param rows the bins from Z = 0 up to the bin above the largest toy or observed value
 */
public record MaxZDistribution(double binWidth, double observedZ, List<Row> rows) {

    /** The default bin width in Z. */
    public static final double DEFAULT_BIN_WIDTH = 0.1;

    /** CSV header of {@link #csv()}. */
    public static final String CSV_HEADER =
            "max_Z_lo,max_Z_hi,toys,fraction,p_at_or_above,p_at_or_above_error,gross_vitells_p";

    /**
     * One bin.
     *
     * @param zLo lower edge (included)
     * @param zHi upper edge (excluded)
     * @param toys toys whose largest Z falls into the bin
     * @param fraction toys / all toys counted
     * @param pAtOrAbove fraction of toys whose largest Z is at least zLo
     * @param pAtOrAboveError its binomial error (the 68 % CL bound −ln(0.32)/toys where none are above)
     * @param grossVitellsP the Gross–Vitells estimate of the same at zLo (NaN below its reference level)
     */
    public record Row(double zLo, double zHi, int toys, double fraction, double pAtOrAbove, double pAtOrAboveError,
            double grossVitellsP) { }

    public MaxZDistribution {
        rows = List.copyOf(rows);
    }

    /**
     * @param maxZ the largest Z of each toy that did not fail
     * @param observedZ the observed largest Z
     */
    public static MaxZDistribution of(double[] maxZ, double observedZ, GrossVitells gv, double binWidth) {
        if (!(binWidth > 0)) {
            throw new IllegalArgumentException("the bin width must be positive, got " + binWidth);
        }
        double top = observedZ;
        for (double z : maxZ) {
            top = Math.max(top, z);
        }
        int bins = (int) Math.floor(top / binWidth + 1e-9) + 1;
        int[] counts = new int[bins];
        for (double z : maxZ) {
            counts[Math.min(bins - 1, (int) Math.floor(z / binWidth + 1e-9))]++;
        }
        int n = maxZ.length;
        List<Row> rows = new ArrayList<>(bins);
        int above = n;
        for (int b = 0; b < bins; b++) {
            double lo = round(b * binWidth);
            double fraction = n == 0 ? Double.NaN : (double) counts[b] / n;
            double p = n == 0 ? Double.NaN : (double) above / n;
            rows.add(new Row(lo, round((b + 1) * binWidth), counts[b], fraction, p,
                    GlobalSignificance.binomialError(above, n), gv.pAt(lo)));
            above -= counts[b];
        }
        return new MaxZDistribution(binWidth, observedZ, rows);
    }

    /** The table as CSV with {@link #CSV_HEADER}; NaN as an empty field. */
    public String csv() {
        StringBuilder s = new StringBuilder(CSV_HEADER).append('\n');
        for (Row r : rows) {
            s.append(number(r.zLo())).append(',').append(number(r.zHi())).append(',').append(r.toys()).append(',')
                    .append(number(r.fraction())).append(',').append(number(r.pAtOrAbove())).append(',')
                    .append(number(r.pAtOrAboveError())).append(',').append(number(r.grossVitellsP())).append('\n');
        }
        return s.toString();
    }

    private static double round(double z) {
        return Math.round(z * 1e9) / 1e9;
    }

    /** Six significant digits without trailing zeros; NaN as an empty field. */
    private static String number(double v) {
        return Double.isFinite(v)
                ? new BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString() : "";
    }
}
