package org.darkflav.histfactory.model;

/**
 * The normsys factor f(α) for one (sample, modifier) from its hi and lo factors, with its derivative.
 * Code 4 precomputes the six polynomial coefficients a = A⁻¹ b of pyhf's {@code code4.py}.
 */
final class NormSysInterpolation {

    private static final double[][] A_INVERSE = {
        {15.0 / 16, -15.0 / 16, -7.0 / 16, -7.0 / 16, 1.0 / 16, -1.0 / 16},
        {3.0 / 2, 3.0 / 2, -9.0 / 16, 9.0 / 16, 1.0 / 16, 1.0 / 16},
        {-5.0 / 8, 5.0 / 8, 5.0 / 8, 5.0 / 8, -1.0 / 8, 1.0 / 8},
        {-3.0 / 2, -3.0 / 2, 7.0 / 8, -7.0 / 8, -1.0 / 8, -1.0 / 8},
        {3.0 / 16, -3.0 / 16, -3.0 / 16, -3.0 / 16, 1.0 / 16, -1.0 / 16},
        {1.0 / 2, 1.0 / 2, -5.0 / 16, 5.0 / 16, 1.0 / 16, 1.0 / 16},
    };

    private NormSysInterpolation() {}

    /** Code-4 polynomial coefficients a₁…a₆ for factors hi = I⁺/I⁰ and lo = I⁻/I⁰. */
    static double[] code4Coefficients(double hi, double lo) {
        double lu = Math.log(hi);
        double ld = Math.log(lo);
        double[] b = {hi - 1, lo - 1, hi * lu, -lo * ld, hi * lu * lu, lo * ld * ld};
        double[] a = new double[6];
        for (int i = 0; i < 6; i++) {
            double s = 0;
            for (int j = 0; j < 6; j++) {
                s += A_INVERSE[i][j] * b[j];
            }
            a[i] = s;
        }
        return a;
    }

    /**
     * Evaluates f(α) and writes f'(α) to {@code out[outIndex]}. {@code coef} holds a₁…a₆ at
     * {@code coefOffset} (code 4 only); {@code work} holds at least four doubles of scratch.
     */
    static double value(Interpolation code, double alpha, double hi, double lo, double[] coef, int coefOffset,
            double[] out, int outIndex, double[] work) {
        switch (code) {
            case CODE1 -> {
                // both branches give 1 at α = 0; the kink's derivative is taken from the right, as for code 0
                if (alpha >= 0) {
                    double f = Math.pow(hi, alpha);
                    out[outIndex] = f * Math.log(hi);
                    return f;
                }
                double f = Math.pow(lo, -alpha);
                out[outIndex] = -f * Math.log(lo);
                return f;
            }
            case CODE4 -> {
                if (alpha >= 1) {
                    double f = Math.pow(hi, alpha);
                    out[outIndex] = f * Math.log(hi);
                    return f;
                }
                if (alpha <= -1) {
                    double f = Math.pow(lo, -alpha);
                    out[outIndex] = -f * Math.log(lo);
                    return f;
                }
                int o = coefOffset;
                // Horner: 1 + α(a1 + α(a2 + α(a3 + α(a4 + α(a5 + α a6)))))
                // coef[o + i] is a_{i+1}; f' = Σ k a_k α^(k−1), also by Horner
                double p = coef[o + 5];
                double d = 6 * coef[o + 5];
                for (int i = 4; i >= 0; i--) {
                    p = coef[o + i] + alpha * p;
                    d = (i + 1) * coef[o + i] + alpha * d;
                }
                out[outIndex] = d;
                return 1 + alpha * p;
            }
            default -> {
                // additive codes on a scalar with nominal 1: f = 1 + c1 (hi − 1) + c2 (1 − lo)
                code.additiveCoefficients(alpha, work);
                out[outIndex] = work[2] * (hi - 1) + work[3] * (1 - lo);
                return 1 + work[0] * (hi - 1) + work[1] * (1 - lo);
            }
        }
    }
}
