package org.darkflav.infer;

import org.darkflav.fit.FitResult;
import org.darkflav.fit.Objective;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The covariance of a fit: the minimiser's own if it computed one, otherwise the inverse of half the
 * Hessian of 2NLL (errordef 1), the Hessian from central differences of the analytic gradient over the
 * parameters that were not fixed.
 */
final class NumericalCovariance {

    private NumericalCovariance() { }

    static double[][] of(ProfileLikelihood likelihood, double[] data, FitResult fit) {
        if (fit.covariance() != null) {
            return fit.covariance();
        }
        double[] x = fit.values();
        int n = x.length;
        boolean[] fixed = likelihood.model().suggestedFixed();
        int[] free = java.util.stream.IntStream.range(0, n).filter(i -> !fixed[i]).toArray();
        Objective f = likelihood.model().twiceNll(data);
        double[][] h = new double[n][n];
        double[] gp = new double[n];
        double[] gm = new double[n];
        for (int j : free) {
            double step = 1e-5 * Math.max(1e-3, Math.abs(x[j]));
            double[] y = x.clone();
            y[j] = x[j] + step;
            f.valueAndGradient(y, gp);
            y[j] = x[j] - step;
            f.valueAndGradient(y, gm);
            for (int i = 0; i < n; i++) {
                h[i][j] = (gp[i] - gm[i]) / (2 * step);
            }
        }
        RealMatrix half = MatrixUtils.createRealMatrix(free.length, free.length);
        for (int a = 0; a < free.length; a++) {
            for (int b = 0; b < free.length; b++) {
                half.setEntry(a, b, 0.25 * (h[free[a]][free[b]] + h[free[b]][free[a]]));
            }
        }
        double[][] cov = new double[n][n];
        try {
            RealMatrix inv = MatrixUtils.inverse(half);
            for (int a = 0; a < free.length; a++) {
                for (int b = 0; b < free.length; b++) {
                    cov[free[a]][free[b]] = inv.getEntry(a, b);
                }
            }
        } catch (RuntimeException singular) {
            throw new InferenceException("the Hessian at the best fit is singular: some parameter is not "
                    + "constrained by the data; fix it or add a constraint", singular);
        }
        return cov;
    }
}
