package org.darkflav.histfactory.model;

/**
 * Per-bin multiplicative modifiers: staterror and shapesys (γ_b) and shapefactor (φ_b). Each cell
 * lists the parameters that scale it.
 */
final class BinFactorKernel {
    private final int[] cellStart; // factors of cell c: [cellStart[c], cellStart[c+1])
    private final int[] param;

    BinFactorKernel(int[] cellStart, int[] param) {
        this.cellStart = cellStart;
        this.param = param;
    }

    void evaluate(double[] x, Scratch s) {
        double[] scale = s.cellScale;
        for (int c = 0; c + 1 < cellStart.length; c++) {
            double product = 1;
            for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                product *= x[param[k]];
            }
            scale[c] = product;
        }
    }

    /** Adds ∂f/∂θ, given {@code s.cellBase[c]} = ∂f/∂ν_b · blockScale for every cell. */
    void backpropagate(double[] x, Scratch s, double[] gradient) {
        for (int c = 0; c + 1 < cellStart.length; c++) {
            int first = cellStart[c];
            int n = cellStart[c + 1] - first;
            double w = s.cellBase[c] * s.cellSum[c];
            if (n == 1) {
                gradient[param[first]] += w;
            } else {
                for (int i = 0; i < n; i++) {
                    double others = 1;
                    for (int j = 0; j < n; j++) {
                        if (j != i) {
                            others *= x[param[first + j]];
                        }
                    }
                    gradient[param[first + i]] += w * others;
                }
            }
        }
    }
}
