package org.darkflav.fit;

/**
 * The MIGRAD-like stopping rule: converged when the estimated distance to the minimum,
 * EDM = ½ pgᵀ V pg over the arguments not held at a bound, is below {@link FitOptions#edmTarget()},
 * or when the projected gradient vanishes.
 */
final class EdmRule {

    private final FitOptions options;

    EdmRule(FitOptions options) {
        this.options = options;
    }

    /** ½ pgᵀ V pg, leaving V pg in {@code work}. */
    static double edm(BoundedMetric metric, double[] pg, double[] work) {
        return 0.5 * metric.quadraticForm(pg, work);
    }

    boolean isMet(double edm, double[] pg) {
        return edm < options.edmTarget() || gradientVanished(pg);
    }

    boolean gradientVanished(double[] pg) {
        return Vectors.maxAbs(pg) <= options.gradientTolerance();
    }

    /** ½ gᵀ H_FF⁻¹ g over the arguments not held at a bound, H_FF regularised if not positive definite. */
    static double reducedEdm(double[][] h, ActiveSet set, double[] pg) {
        if (!Vectors.allFinite(h)) {
            return Double.NaN;
        }
        int m = pg.length;
        int[] slots = new int[m];
        int r = 0;
        for (int k = 0; k < m; k++) {
            if (!set.isHeld(k)) {
                slots[r++] = k;
            }
        }
        double[][] sub = new double[r][r];
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < r; b++) {
                sub[a][b] = h[slots[a]][slots[b]];
            }
        }
        double[][] inv = Hessian.invert(sub).matrix();
        double sum = 0;
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < r; b++) {
                sum += pg[slots[a]] * inv[a][b] * pg[slots[b]];
            }
        }
        return 0.5 * sum;
    }
}
