package org.darkflav.report;

import java.math.BigDecimal;
import java.util.Locale;

/** How reports and tables print numbers: the same format for the same quantity everywhere. */
public final class Formats {

    /** The note on a figure whose result rests on an approximation (the report says which). */
    static final String APPROXIMATE_SEE_REPORT = "APPROXIMATE: see report.md";

    private Formats() {}

    /** A branching ratio with its asymmetric 1σ errors: {@code 9.42e-06 -2.6e-06 +2.7e-06}. */
    public static String br(double v, double lo, double hi) {
        return String.format(Locale.ROOT, "%.2e -%.1e +%.1e", v, lo, hi);
    }

    /** Three significant digits in scientific notation; "-" for a missing number. */
    public static String sci(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2e", v) : "-";
    }

    /** Two decimals (significances); "-" for a missing number. */
    public static String f2(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "-";
    }

    /** A value with its interval: {@code 1.27e-08 [1.06e-08, 1.46e-08]}. */
    public static String interval(double v, double lo, double hi) {
        return String.format(Locale.ROOT, "%.3g [%.3g, %.3g]", v, lo, hi);
    }

    /** Two significant digits, exponent without padding: {@code 1.7e8}, {@code 2.7e-5}. */
    public static String short2(double v) {
        return compact(v, 2);
    }

    /** {@code digits} significant digits, exponent without padding: {@code 4.966e-6}. */
    public static String compact(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "g", v).replace("e+0", "e").replace("e+", "e")
                .replace("e-0", "e-");
    }

    /** A grid mass as typed: 2 rather than 2.00000. */
    public static String mass(double m) {
        return BigDecimal.valueOf(m).stripTrailingZeros().toPlainString();
    }

    /** Six significant digits for tables; empty for a missing number. */
    public static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }
}
