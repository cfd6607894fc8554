package org.darkflav.plot;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels with one exponent for the whole axis, "1.5×10⁻⁵", as in journal figures, instead of JFreeChart's
 * "1.5E-5". Used for linear axes whose values are very small or very large.
 */
final class PowerOfTenFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final int exponent;
    private final double scale;
    private final DecimalFormat mantissa = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

    PowerOfTenFormat(int exponent) {
        this.exponent = exponent;
        this.scale = Math.pow(10, exponent);
    }

    /**
     * The exponent to factor out of an axis spanning [lower, upper], or 0 when plain decimals read well
     * (largest magnitude between 0.01 and 10⁵). The largest label's mantissa lies in [2, 20), so an axis ending
     * at 1.1×10⁻⁴ reads 2, 4, ..., 10, 11×10⁻⁵ rather than 0.2, ..., 1.1×10⁻⁴.
     */
    static int exponentFor(double lower, double upper) {
        double largest = Math.max(Math.abs(lower), Math.abs(upper));
        if (!(largest > 0) || Double.isInfinite(largest) || (largest >= 1e-2 && largest < 1e5)) {
            return 0;
        }
        return (int) Math.floor(Math.log10(largest / 2));
    }

    static String superscript(int n) {
        StringBuilder s = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        double m = number / scale;
        if (Math.abs(m) < 1e-9) {
            return toAppendTo.append('0');
        }
        return toAppendTo.append(mantissa.format(m)).append("×10").append(superscript(exponent));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /** Tick labels are never parsed back. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are output only");
    }
}
