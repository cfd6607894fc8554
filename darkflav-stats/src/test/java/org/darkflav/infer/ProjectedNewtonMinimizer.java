package org.darkflav.infer;

import java.util.List;
import org.darkflav.fit.FitProblem;
import org.darkflav.fit.FitResult;
import org.darkflav.fit.FitStatus;
import org.darkflav.fit.Minimizer;
import org.darkflav.fit.Objective;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Test-scope minimiser: projected Newton iterations with a Hessian from central differences of the
 * analytic gradient, an active set for parameters pushed against their bounds, and a backtracking
 * line search. Slow but converges to machine precision on the small models of these tests, so that
 * inference results can be compared with an independent tight-tolerance scipy derivation.
 */
final class ProjectedNewtonMinimizer implements Minimizer {

    private static final double GRADIENT_TOLERANCE = 1e-9;

    @Override
    public FitResult minimize(FitProblem problem) {
        Objective f = problem.objective();
        int n = problem.dimension();
        double[] lo = problem.lower();
        double[] hi = problem.upper();
        boolean[] fixed = problem.fixed();
        double[] x = problem.start().clone();
        for (int i = 0; i < n; i++) {
            x[i] = fixed[i] ? x[i] : Math.min(hi[i], Math.max(lo[i], x[i]));
        }
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        int iterations = 0;
        int evaluations = 1;
        FitStatus status = FitStatus.CALL_LIMIT_REACHED;
        for (; iterations < 500; iterations++) {
            boolean[] active = activeSet(x, g, lo, hi, fixed);
            if (projectedGradientNorm(g, active) < GRADIENT_TOLERANCE) {
                status = FitStatus.CONVERGED;
                break;
            }
            double[] step = newtonStep(f, x, g, active);
            evaluations += 2 * n;
            double[] xn = new double[n];
            double t = 1;
            double fn = Double.NaN;
            boolean accepted = false;
            for (int k = 0; k < 60 && !accepted; k++, t *= 0.5) {
                double slope = 0;
                for (int i = 0; i < n; i++) {
                    xn[i] = active[i] ? x[i] : Math.min(hi[i], Math.max(lo[i], x[i] + t * step[i]));
                    slope += g[i] * (xn[i] - x[i]);
                }
                fn = f.value(xn);
                evaluations++;
                accepted = Double.isFinite(fn) && fn <= fx + 1e-4 * slope;
            }
            if (!accepted || fn >= fx) {
                // No further decrease possible in double precision: we are at the minimum.
                status = FitStatus.CONVERGED;
                break;
            }
            System.arraycopy(xn, 0, x, 0, n);
            fx = f.valueAndGradient(x, g);
            evaluations++;
        }
        double[][] cov = covariance(f, x, fixed);
        double[] errors = new double[n];
        boolean[] atLimit = new boolean[n];
        for (int i = 0; i < n; i++) {
            errors[i] = fixed[i] ? 0 : Math.sqrt(cov[i][i]);
            atLimit[i] = !fixed[i] && (x[i] - lo[i] < 1e-8 * (1 + Math.abs(lo[i]))
                    || hi[i] - x[i] < 1e-8 * (1 + Math.abs(hi[i])));
        }
        return new FitResult(x, errors, cov, fx, 0, iterations, evaluations, status, atLimit, List.of());
    }

    private static boolean[] activeSet(double[] x, double[] g, double[] lo, double[] hi, boolean[] fixed) {
        boolean[] active = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            active[i] = fixed[i] || (x[i] <= lo[i] && g[i] > 0) || (x[i] >= hi[i] && g[i] < 0);
        }
        return active;
    }

    private static double projectedGradientNorm(double[] g, boolean[] active) {
        double m = 0;
        for (int i = 0; i < g.length; i++) {
            if (!active[i]) {
                m = Math.max(m, Math.abs(g[i]));
            }
        }
        return m;
    }

    private static double[] newtonStep(Objective f, double[] x, double[] g, boolean[] active) {
        int n = x.length;
        double[][] h = hessian(f, x);
        int[] idx = java.util.stream.IntStream.range(0, n).filter(i -> !active[i]).toArray();
        RealMatrix hm = MatrixUtils.createRealMatrix(idx.length, idx.length);
        for (int a = 0; a < idx.length; a++) {
            for (int b = 0; b < idx.length; b++) {
                hm.setEntry(a, b, 0.5 * (h[idx[a]][idx[b]] + h[idx[b]][idx[a]]));
            }
        }
        double damping = 0;
        double[] step = new double[n];
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                RealMatrix m = hm.copy();
                for (int a = 0; a < idx.length; a++) {
                    m.addToEntry(a, a, damping);
                }
                double[] rhs = new double[idx.length];
                for (int a = 0; a < idx.length; a++) {
                    rhs[a] = -g[idx[a]];
                }
                double[] d = new CholeskyDecomposition(m, 1e-14, 1e-14).getSolver()
                        .solve(MatrixUtils.createRealVector(rhs)).toArray();
                for (int a = 0; a < idx.length; a++) {
                    step[idx[a]] = d[a];
                }
                return step;
            } catch (RuntimeException notPositiveDefinite) {
                damping = damping == 0 ? 1e-6 * (1 + hm.getNorm1()) : damping * 10;
            }
        }
        for (int a = 0; a < idx.length; a++) {
            step[idx[a]] = -g[idx[a]];
        }
        return step;
    }

    static double[][] hessian(Objective f, double[] x) {
        int n = x.length;
        double[][] h = new double[n][n];
        double[] gp = new double[n];
        double[] gm = new double[n];
        double[] y = x.clone();
        for (int j = 0; j < n; j++) {
            double step = 1e-5 * Math.max(1e-3, Math.abs(x[j]));
            y[j] = x[j] + step;
            f.valueAndGradient(y, gp);
            y[j] = x[j] - step;
            f.valueAndGradient(y, gm);
            y[j] = x[j];
            for (int i = 0; i < n; i++) {
                h[i][j] = (gp[i] - gm[i]) / (2 * step);
            }
        }
        return h;
    }

    private static double[][] covariance(Objective f, double[] x, boolean[] fixed) {
        int n = x.length;
        double[][] h = hessian(f, x);
        int[] idx = java.util.stream.IntStream.range(0, n).filter(i -> !fixed[i]).toArray();
        RealMatrix hm = MatrixUtils.createRealMatrix(idx.length, idx.length);
        for (int a = 0; a < idx.length; a++) {
            for (int b = 0; b < idx.length; b++) {
                // errordef 1 on 2NLL: covariance = (½ ∂²(2NLL))⁻¹
                hm.setEntry(a, b, 0.25 * (h[idx[a]][idx[b]] + h[idx[b]][idx[a]]));
            }
        }
        double[][] cov = new double[n][n];
        if (idx.length == 0) {
            return cov;
        }
        RealMatrix inv = MatrixUtils.inverse(hm);
        for (int a = 0; a < idx.length; a++) {
            for (int b = 0; b < idx.length; b++) {
                cov[idx[a]][idx[b]] = inv.getEntry(a, b);
            }
        }
        return cov;
    }
}
