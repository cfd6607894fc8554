package org.darkflav.fit;

import java.util.List;

/**
 * The outcome of one minimisation, with everything needed to judge whether it can be trusted.
 *
 * @param values best-fit arguments (fixed ones at their fixed value)
 * @param errors parabolic 1σ errors, sqrt of the covariance diagonal; 0 for fixed parameters, NaN
 *     where no covariance was computed
 * @param covariance full covariance matrix 2 · errordef · H⁻¹ (H the finite-difference Hessian of
 *     the objective; with the default errordef = 1 on twice the NLL this is the usual inverse Fisher
 *     information), n × n, rows and columns of fixed parameters 0; null if it was not computed
 * @param minimum objective value at {@code values}
 * @param edm estimated distance to minimum, ½ gᵀ V g over the free parameters
 * @param iterations quasi-Newton iterations taken, summed over all attempts
 * @param evaluations objective evaluations (value or value and gradient), summed over all attempts
 * @param status why the minimiser stopped
 * @param atLimit which parameters ended within tolerance of one of their bounds
 * @param log what the minimiser did, one line per attempt or fallback, for people to read
 * @param metric the minimiser's own estimate of the objective's inverse Hessian at the end of the fit
 *     (the quasi-Newton matrix, not a finite-difference one); a neighbouring fit starts from it
 *     ({@link Minimizer#minimizeNear(FitProblem, FitResult)}) when there is no covariance. Null if the
 *     minimiser has none or it is not usable. Not an error estimate.
 */
public record FitResult(
        double[] values,
        double[] errors,
        double[][] covariance,
        double minimum,
        double edm,
        int iterations,
        int evaluations,
        FitStatus status,
        boolean[] atLimit,
        List<String> log,
        QuasiNewtonMetric metric) {

    /** A result without a quasi-Newton metric (minimisers that keep none). */
    public FitResult(double[] values, double[] errors, double[][] covariance, double minimum, double edm,
            int iterations, int evaluations, FitStatus status, boolean[] atLimit, List<String> log) {
        this(values, errors, covariance, minimum, edm, iterations, evaluations, status, atLimit, log, null);
    }

    public boolean converged() {
        return status.isConverged();
    }

    public boolean hasParametersAtLimit() {
        for (boolean b : atLimit) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
