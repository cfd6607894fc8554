package org.darkflav.fit;

import java.util.List;

/** Turns the final state of a {@link FitRun} into an immutable {@link FitResult}. */
final class FitResults {

    private FitResults() {}

    static FitResult assemble(FitRun run, FitStatus status) {
        int n = run.dimension();
        int[] free = run.free();
        double[] errors = new double[n];
        double[][] covariance = null;
        double[][] h = run.hessianAtMinimum();
        if (h != null) {
            Hessian.Covariance cov = Hessian.covariance(h, run.options().errordef());
            covariance = new double[n][n];
            for (int a = 0; a < free.length; a++) {
                for (int b = 0; b < free.length; b++) {
                    covariance[free[a]][free[b]] = cov.matrix()[a][b];
                }
            }
            if (!cov.positiveDefinite()) {
                run.note("Hessian at the minimum is not positive definite: covariance regularised, errors unreliable");
                if (status == FitStatus.CONVERGED) {
                    status = FitStatus.HESSIAN_NOT_POSITIVE_DEFINITE;
                }
            }
        }
        for (int k = 0; k < free.length; k++) {
            errors[free[k]] = covariance == null ? Double.NaN : Math.sqrt(covariance[free[k]][free[k]]);
        }
        return new FitResult(run.x().clone(), errors, covariance, run.f(), run.edm(), run.iterations(),
                run.evaluations(), status, atLimit(run), List.copyOf(run.log()));
    }

    /** Free arguments within 1e-8 (relative to max(1, |bound|)) of a bound. */
    private static boolean[] atLimit(FitRun run) {
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
