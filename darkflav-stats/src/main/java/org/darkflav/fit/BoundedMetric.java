package org.darkflav.fit;

/**
 * The inverse-Hessian estimate V over the free slots of a bounded fit, with, per slot, the variance
 * an argument released from its bound re-enters V with (the inverse of its finite-difference
 * curvature, or the diagonal of the metric it was set from).
 */
final class BoundedMetric {

    private final int m;
    private final InverseHessian inverse;
    private final double[] releaseVariance;

    /** @param storage m × m row-major for V (see {@link InverseHessian#InverseHessian(int, double[])}) */
    BoundedMetric(int m, double[] storage) {
        this.m = m;
        this.inverse = new InverseHessian(m, storage);
        this.releaseVariance = new double[m];
    }

    /** Sets V directly (an inverse Hessian over the free slots, m × m row-major, e.g. from an earlier fit). */
    void set(double[] v) {
        inverse.set(v);
        for (int k = 0; k < m; k++) {
            releaseVariance[k] = v[k * m + k];
        }
    }

    /** V = H⁻¹, regularised if needed, or 1/diag(H) if the inverse is not finite; says which. */
    String setInverseOf(double[][] h) {
        String what;
        Hessian.Inverse inv = Vectors.allFinite(h) ? Hessian.invert(h) : null;
        if (inv != null && Vectors.allFinite(inv.matrix())) {
            inverse.set(inv.matrix());
            what = inv.positiveDefinite() ? "positive definite" : "not positive definite, regularised";
        } else {
            what = "not finite, diagonal used";
        }
        for (int k = 0; k < m; k++) {
            double hkk = h[k][k];
            releaseVariance[k] = hkk > 0 && Double.isFinite(hkk) ? 1 / hkk : 1.0;
        }
        if (inv == null || !Vectors.allFinite(inv.matrix())) {
            inverse.setDiagonal(releaseVariance);
        }
        return what;
    }

    /** V = diag(release variances), with the held slots removed again. */
    void resetToDiagonal(ActiveSet set) {
        inverse.setDiagonal(releaseVariance);
        for (int k = 0; k < m; k++) {
            if (set.isHeld(k)) {
                inverse.activate(k);
            }
        }
    }

    void activate(int k) {
        inverse.activate(k);
    }

    void release(int k) {
        inverse.release(k, releaseVariance[k]);
    }

    void multiply(double[] a, double[] out) {
        inverse.multiply(a, out);
    }

    /** aᵀ V a, leaving V a in {@code work}. */
    double quadraticForm(double[] a, double[] work) {
        return inverse.quadraticForm(a, work);
    }

    /** The BFGS update with step s and gradient change y ({@code work} is scratch). */
    void update(double[] s, double[] y, double[] work) {
        inverse.update(s, y, work);
    }

    /** Per free slot, the current error estimate √V_kk (the release variance if held), 1 where unusable. */
    double[] errorScale(ActiveSet set) {
        double[] scale = new double[m];
        for (int k = 0; k < m; k++) {
            double v = set.isHeld(k) ? releaseVariance[k] : inverse.diagonal(k);
            scale[k] = v > 0 && Double.isFinite(v) ? Math.sqrt(v) : 1.0;
        }
        return scale;
    }

    /**
     * Hands V over to a {@link QuasiNewtonMetric} for warm starts (see there); this metric must not be
     * used afterwards, as its storage now belongs to the result.
     */
    QuasiNewtonMetric handOver(int n, ActiveSet set) {
        return QuasiNewtonMetric.adopt(n, set.free(), inverse.storage(), set.heldCopy(), releaseVariance);
    }
}
