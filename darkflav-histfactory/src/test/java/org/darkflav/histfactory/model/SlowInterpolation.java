package org.darkflav.histfactory.model;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Obviously-correct interpolation codes, written from pyhf's definitions (doc/likelihood.md) line by line. Code 4's
 * polynomial comes from solving the 6×6 continuity conditions numerically, not from the printed A⁻¹.
 */
final class SlowInterpolation {
    private SlowInterpolation() {}

    /** Additive delta for nominal I⁰ and variations I⁺ (hi), I⁻ (lo). */
    static double delta(Interpolation code, double a, double nom, double hi, double lo) {
        double dp = hi - nom;
        double dm = nom - lo;
        switch (code) {
            case CODE0:
                return a > 0 ? a * dp : a * dm;
            case CODE2: {
                double aa = 0.5 * (hi + lo) - nom;
                double bb = 0.5 * (hi - lo);
                if (a > 1) {
                    return (bb + 2 * aa) * (a - 1);
                }
                if (a < -1) {
                    return (bb - 2 * aa) * (a + 1);
                }
                return aa * a * a + bb * a;
            }
            case CODE4P: {
                if (a > 1) {
                    return a * dp;
                }
                if (a < -1) {
                    return a * dm;
                }
                double s = 0.5 * (dp + dm);
                double A = (dp - dm) / 16;
                return a * s + A * (15 * Math.pow(a, 2) - 10 * Math.pow(a, 4) + 3 * Math.pow(a, 6));
            }
            default:
                throw new IllegalArgumentException(code + " is multiplicative");
        }
    }

    /** Normsys factor for hi and lo factors relative to a nominal of 1. */
    static double factor(Interpolation code, double a, double hi, double lo) {
        switch (code) {
            case CODE1:
                return a > 0 ? Math.pow(hi, a) : Math.pow(lo, -a);
            case CODE4: {
                if (a >= 1) {
                    return Math.pow(hi, a);
                }
                if (a <= -1) {
                    return Math.pow(lo, -a);
                }
                double[] c = code4Polynomial(hi, lo);
                double f = 1;
                for (int i = 0; i < 6; i++) {
                    f += c[i] * Math.pow(a, i + 1);
                }
                return f;
            }
            default:
                return 1 + delta(code, a, 1, hi, lo);
        }
    }

    /** a₁…a₆ matching value, first and second derivative of hi^α at α = 1 and lo^(−α) at α = −1. */
    static double[] code4Polynomial(double hi, double lo) {
        double[][] m = new double[6][6];
        double[] rhs = new double[6];
        double lu = Math.log(hi);
        double ld = Math.log(lo);
        for (int i = 1; i <= 6; i++) {
            m[0][i - 1] = 1;
            m[1][i - 1] = Math.pow(-1, i);
            m[2][i - 1] = i;
            m[3][i - 1] = i * Math.pow(-1, i - 1);
            m[4][i - 1] = i * (i - 1);
            m[5][i - 1] = i * (i - 1) * Math.pow(-1, i - 2);
        }
        rhs[0] = hi - 1;
        rhs[1] = lo - 1;
        rhs[2] = hi * lu;
        rhs[3] = -lo * ld;
        rhs[4] = hi * lu * lu;
        rhs[5] = lo * ld * ld;
        RealVector x = new LUDecomposition(new Array2DRowRealMatrix(m)).getSolver().solve(new ArrayRealVector(rhs));
        return x.toArray();
    }
}
