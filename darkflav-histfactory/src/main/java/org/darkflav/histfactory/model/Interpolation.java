package org.darkflav.histfactory.model;

import java.util.Locale;

/**
 * HistFactory interpolation codes (pyhf's {@code interpolators/code*.py}). Additive codes (0, 2, 4p)
 * interpolate a delta Δ(α) = c₁(α)·Δ⁺ + c₂(α)·Δ⁻ that is linear in Δ⁺ = I⁺ − I⁰ and Δ⁻ = I⁰ − I⁻, so
 * one pair of coefficients per parameter serves every bin. Multiplicative codes (1, 4) interpolate a
 * factor from u = I⁺/I⁰ and d = I⁻/I⁰ and apply to normsys only, as in pyhf.
 */
public enum Interpolation {
    CODE0(true),
    CODE1(false),
    CODE2(true),
    CODE4(false),
    CODE4P(true);

    private final boolean additive;

    Interpolation(boolean additive) {
        this.additive = additive;
    }

    /** True for codes that interpolate an additive delta linear in Δ⁺ and Δ⁻. */
    public boolean additive() {
        return additive;
    }

    /** pyhf's spelling: {@code code0}, …, {@code code4p}. */
    public String pyhfName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses pyhf's spelling ({@code code4p}) or a bare code ({@code 4p}). */
    public static Interpolation parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!t.startsWith("code")) {
            t = "code" + t;
        }
        for (Interpolation i : values()) {
            if (i.pyhfName().equals(t)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "unknown interpolation code '" + text + "': use one of code0, code1, code2, code4, code4p");
    }

    /**
     * Writes the additive coefficients at α into {@code out}: {c₁, c₂, dc₁/dα, dc₂/dα} such that
     * Δ(α) = c₁·Δ⁺ + c₂·Δ⁻. Only for additive codes.
     */
    public void additiveCoefficients(double alpha, double[] out) {
        additiveCoefficients(alpha, out, 0);
    }

    /** As {@link #additiveCoefficients(double, double[])}, writing at {@code out[o..o+3]}. */
    public void additiveCoefficients(double alpha, double[] out, int o) {
        switch (this) {
            case CODE0 -> {
                // piecewise linear: α·Δ⁺ above 0, α·Δ⁻ below. Both are 0 at α = 0, where the kink's
                // derivative is taken from the right, the side pyhf's forward differences see.
                boolean up = alpha >= 0;
                out[o] = up ? alpha : 0;
                out[o + 1] = up ? 0 : alpha;
                out[o + 2] = up ? 1 : 0;
                out[o + 3] = up ? 0 : 1;
            }
            case CODE2 -> code2(alpha, out, o);
            case CODE4P -> code4p(alpha, out, o);
            default -> throw new IllegalStateException(this + " is not an additive interpolation code");
        }
    }

    private static void code2(double alpha, double[] out, int o) {
        // a = (Δ⁺ − Δ⁻)/2, b = (Δ⁺ + Δ⁻)/2; applied literally as pyhf does (discontinuous at |α| = 1)
        if (alpha > 1) {
            out[o] = 1.5 * (alpha - 1);
            out[o + 1] = -0.5 * (alpha - 1);
            out[o + 2] = 1.5;
            out[o + 3] = -0.5;
        } else if (alpha < -1) {
            out[o] = -0.5 * (alpha + 1);
            out[o + 1] = 1.5 * (alpha + 1);
            out[o + 2] = -0.5;
            out[o + 3] = 1.5;
        } else {
            double a2 = 0.5 * alpha * alpha;
            out[o] = a2 + 0.5 * alpha;
            out[o + 1] = -a2 + 0.5 * alpha;
            out[o + 2] = alpha + 0.5;
            out[o + 3] = -alpha + 0.5;
        }
    }

    private static void code4p(double alpha, double[] out, int o) {
        if (alpha > 1) {
            out[o] = alpha;
            out[o + 1] = 0;
            out[o + 2] = 1;
            out[o + 3] = 0;
        } else if (alpha < -1) {
            out[o] = 0;
            out[o + 1] = alpha;
            out[o + 2] = 0;
            out[o + 3] = 1;
        } else {
            // α·S + A·(15α² − 10α⁴ + 3α⁶), S = (Δ⁺ + Δ⁻)/2, A = (Δ⁺ − Δ⁻)/16
            double a2 = alpha * alpha;
            double poly = a2 * (15 + a2 * (-10 + 3 * a2));
            double dpoly = alpha * (30 + a2 * (-40 + 18 * a2));
            out[o] = 0.5 * alpha + poly / 16;
            out[o + 1] = 0.5 * alpha - poly / 16;
            out[o + 2] = 0.5 + dpoly / 16;
            out[o + 3] = 0.5 - dpoly / 16;
        }
    }
}
