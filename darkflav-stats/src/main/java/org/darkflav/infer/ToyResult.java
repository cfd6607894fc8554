package org.darkflav.infer;

/**
 * The pseudo-experiments behind a toy-based hypothesis test.
 *
 * @param count toys per hypothesis
 * @param seed master seed
 * @param parameters where the nuisance parameters were when generating
 * @param nullDistribution test statistic of toys generated at the tested POI value (pyhf's
 *     "signal+background" distribution; background-only for q0), in toy order
 * @param alternativeDistribution test statistic of toys generated at the alternative POI value (0, or 1
 *     for q0), in toy order
 * @param clsbError binomial Monte-Carlo uncertainty of CL_{s+b}
 * @param clbError binomial Monte-Carlo uncertainty of CL_b
 * @param clsError uncertainty of CL_s propagated from the two (independent samples)
 * @param failedFits toys whose fits did not converge or gave a non-finite test statistic (excluded)
 */
public record ToyResult(
        int count,
        long seed,
        Calculator.ToyParameters parameters,
        double[] nullDistribution,
        double[] alternativeDistribution,
        double clsbError,
        double clbError,
        double clsError,
        int failedFits) {

    public ToyResult {
        nullDistribution = nullDistribution.clone();
        alternativeDistribution = alternativeDistribution.clone();
    }

    @Override
    public double[] nullDistribution() {
        return nullDistribution.clone();
    }

    @Override
    public double[] alternativeDistribution() {
        return alternativeDistribution.clone();
    }
}
