package org.darkflav.histfactory.model;

/**
 * Scalar multiplicative modifiers of whole samples: normfactor and lumi (the parameter itself) and
 * normsys (an interpolated factor of α). Entries are grouped by block (one channel × sample); the
 * product of a block's factors scales all its cells.
 */
final class ScalarFactorKernel {
    private final int[] blockStart; // entries of block k: [blockStart[k], blockStart[k+1])
    private final int[] param;
    private final boolean[] normsys;
    private final double[] hi;
    private final double[] lo;
    private final double[] coef; // six code-4 coefficients per entry
    private final Interpolation code;

    ScalarFactorKernel(int[] blockStart, int[] param, boolean[] normsys, double[] hi, double[] lo, Interpolation code) {
        this.blockStart = blockStart;
        this.param = param;
        this.normsys = normsys;
        this.hi = hi;
        this.lo = lo;
        this.code = code;
        this.coef = new double[6 * param.length];
        for (int e = 0; e < param.length; e++) {
            if (normsys[e] && code == Interpolation.CODE4) {
                System.arraycopy(NormSysInterpolation.code4Coefficients(hi[e], lo[e]), 0, coef, 6 * e, 6);
            }
        }
    }

    int entries() {
        return param.length;
    }

    int maxEntriesPerBlock() {
        int m = 0;
        for (int k = 0; k + 1 < blockStart.length; k++) {
            m = Math.max(m, blockStart[k + 1] - blockStart[k]);
        }
        return m;
    }

    void evaluate(double[] x, Scratch s) {
        for (int k = 0; k + 1 < blockStart.length; k++) {
            double product = 1;
            for (int e = blockStart[k]; e < blockStart[k + 1]; e++) {
                double f;
                if (normsys[e]) {
                    f = NormSysInterpolation.value(code, x[param[e]], hi[e], lo[e], coef, 6 * e, s.factorDerivative, e, s.work);
                } else {
                    f = x[param[e]];
                    s.factorDerivative[e] = 1;
                }
                s.factor[e] = f;
                product *= f;
            }
            s.blockScale[k] = product;
        }
    }

    /** Adds ∂f/∂θ for every entry, given {@code s.blockWeight[k]} = Σ_cells ∂f/∂ν · sum · cellScale. */
    void backpropagate(Scratch s, double[] gradient) {
        double[] prefix = s.prefix;
        for (int k = 0; k + 1 < blockStart.length; k++) {
            int first = blockStart[k];
            int n = blockStart[k + 1] - first;
            double weight = s.blockWeight[k];
            if (n == 0 || weight == 0) {
                continue;
            }
            // product of the other factors without dividing (a factor may be exactly 0, e.g. μ = 0)
            prefix[0] = 1;
            for (int i = 0; i < n; i++) {
                prefix[i + 1] = prefix[i] * s.factor[first + i];
            }
            double suffix = 1;
            for (int i = n - 1; i >= 0; i--) {
                int e = first + i;
                gradient[param[e]] += weight * prefix[i] * suffix * s.factorDerivative[e];
                suffix *= s.factor[e];
            }
        }
    }
}
