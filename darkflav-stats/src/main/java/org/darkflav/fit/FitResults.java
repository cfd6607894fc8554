package org.darkflav.fit;

/** Turns the final state of a fit ({@link BoundedBfgs}) into an immutable {@link FitResult}. */
final class FitResults {

    private FitResults() {}

    static FitResult assemble(BoundedBfgs run, FitStatus status) {
        int n = run.dimension();
        int[] free = run.free();
        double[] errors = new double[n];
        double[][] covariance = null;
        double[][] h = run.hessianAtMinimum();
        if (h != null) {
            double[][] cov = freeCovariance(run, h);
            if (cov == null) {
                cov = Hessian.covariance(h, run.options().errordef()).matrix();
                run.note("Hessian at the minimum is not positive definite: covariance regularised, errors unreliable");
                if (status == FitStatus.CONVERGED) {
                    status = FitStatus.HESSIAN_NOT_POSITIVE_DEFINITE;
                }
            }
            covariance = new double[n][n];
            for (int a = 0; a < free.length; a++) {
                for (int b = 0; b < free.length; b++) {
                    covariance[free[a]][free[b]] = cov[a][b];
                }
            }
        }
        for (int k = 0; k < free.length; k++) {
            errors[free[k]] = covariance == null ? Double.NaN : Math.sqrt(covariance[free[k]][free[k]]);
        }
        return new FitResult(run.x().clone(), errors, covariance, run.f(), run.edm(), run.iterations(),
                run.evaluations(), status, atLimit(run), run.log(),
                run.handOverMetric());
    }

    /**
     * The covariance over the free arguments, or null if the minimum is not a proper one. A
     * minimum with arguments held at a bound only needs a positive-definite Hessian over the others
     * (the second-order condition of a bound-constrained minimum): if the full Hessian is not
     * positive definite but that reduced one is, the others get 2 · errordef · H_FF⁻¹ and each held
     * argument the variance 2 · errordef / H_kk of its own curvature, without correlations.
     */
    private static double[][] freeCovariance(BoundedBfgs run, double[][] h) {
        double errordef = run.options().errordef();
        Hessian.Covariance full = Hessian.covariance(h, errordef);
        if (full.positiveDefinite()) {
            return full.matrix();
        }
        boolean[] held = run.heldAtBound();
        int m = h.length;
        int[] slots = java.util.stream.IntStream.range(0, m).filter(k -> !held[k]).toArray();
        if (slots.length == m) {
            return null;
        }
        double[][] sub = new double[slots.length][slots.length];
        for (int a = 0; a < slots.length; a++) {
            for (int b = 0; b < slots.length; b++) {
                sub[a][b] = h[slots[a]][slots[b]];
            }
        }
        Hessian.Covariance reduced = Hessian.covariance(sub, errordef);
        if (!reduced.positiveDefinite()) {
            return null;
        }
        double[][] cov = new double[m][m];
        for (int a = 0; a < slots.length; a++) {
            for (int b = 0; b < slots.length; b++) {
                cov[slots[a]][slots[b]] = reduced.matrix()[a][b];
            }
        }
        for (int k = 0; k < m; k++) {
            if (held[k]) {
                cov[k][k] = h[k][k] > 0 ? 2 * errordef / h[k][k] : Double.NaN;
            }
        }
        run.note("Hessian is positive definite only without the parameters held at a bound: their errors come from"
                + " their own curvature, without correlations");
        return cov;
    }

    /** Free arguments within 1e-8 (relative to max(1, |bound|)) of a bound. */
    private static boolean[] atLimit(BoundedBfgs run) {
        double[] x = run.x();
        boolean[] at = new boolean[x.length];
        for (int i : run.free()) {
            double lo = run.lower(i);
            double hi = run.upper(i);
            at[i] = near(x[i], lo) || near(x[i], hi);
        }
        return at;
    }

    private static boolean near(double x, double bound) {
        return Double.isFinite(bound) && Math.abs(x - bound) <= 1e-8 * Math.max(1, Math.abs(bound));
    }
}
