package org.darkflav.histfactory.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal string that reads back as the same double (nearest
 * to it when several have that length), in fixed notation when the decimal exponent lies in
 * [-4, 16), otherwise as {@code d.ddde+XX}. Java 17's {@code Double.toString} is not always shortest,
 * hence this class. Used for pyhf-compatible digests.
 */
public final class PythonFloat {

    private PythonFloat() {}

    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(x);
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale();
        String sign = x < 0 ? "-" : "";
        return sign + (decpt <= -4 || decpt > 16 ? scientific(digits, decpt) : fixed(digits, decpt));
    }

    /**
     * Shortest round-tripping decimal, nearest to x among those. Fast path: Java's {@code Double.toString}
     * always round-trips; if no decimal one digit shorter next to it round-trips and neither of its
     * same-length neighbours does, it is the answer (the set of decimals that read back as x is an
     * interval, so checking the nearest candidates suffices). Otherwise search exactly.
     */
    private static BigDecimal shortest(double x) {
        BigDecimal java = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        int n = java.precision();
        boolean noShorter = n == 1
                || (!roundTrips(java.round(new MathContext(n - 1, RoundingMode.FLOOR)), x)
                        && !roundTrips(java.round(new MathContext(n - 1, RoundingMode.CEILING)), x));
        if (!noShorter) {
            return exactShortest(x, n - 1);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(java.scale());
        if (!roundTrips(java.add(unit), x) && !roundTrips(java.subtract(unit), x)) {
            return java;
        }
        // Several n-digit decimals read back as x (common at 17 digits): take the one nearest to x.
        BigDecimal nearest = candidate(new BigDecimal(x), n, x);
        return (nearest != null ? nearest : java).stripTrailingZeros();
    }

    private static BigDecimal exactShortest(double x, int upper) {
        BigDecimal exact = new BigDecimal(x);
        int p = upper;
        while (p > 1 && candidate(exact, p - 1, x) != null) {
            p--;
        }
        BigDecimal best = candidate(exact, p, x);
        return (best != null ? best : new BigDecimal(Double.toString(x))).stripTrailingZeros();
    }

    /** The p-digit decimal nearest to x that reads back as x, or null if no p-digit decimal does. */
    private static BigDecimal candidate(BigDecimal exact, int p, double x) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (roundTrips(nearest, x)) {
            return nearest;
        }
        // Next to a power of two the round-trip interval is asymmetric: the other neighbour may fit.
        for (RoundingMode m : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN}) {
            BigDecimal other = exact.round(new MathContext(p, m));
            if (roundTrips(other, x)) {
                return other;
            }
        }
        return null;
    }

    private static boolean roundTrips(BigDecimal candidate, double x) {
        return Double.parseDouble(candidate.toString()) == x;
    }

    private static String fixed(String digits, int decpt) {
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static String scientific(String digits, int decpt) {
        int exp = decpt - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = Integer.toString(Math.abs(exp));
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }
}
