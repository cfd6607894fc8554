package org.darkflav.infer;

/**
 * A two-sided profile-likelihood interval {x : 2NLL_profile(x) − 2NLL_min ≤ Δ} for one parameter.
 *
 * @param parameter the parameter's name
 * @param bestFit its best-fit value
 * @param lower lower edge (the parameter's lower bound if {@code lowerAtBound})
 * @param upper upper edge (the parameter's upper bound if {@code upperAtBound})
 * @param deltaTwiceNll Δ(2NLL) defining the interval (1, 2.71, 3.84 for 68.3, 90, 95 % CL)
 * @param confidenceLevel the coverage Δ corresponds to for one degree of freedom (Wilks)
 * @param lowerAtBound the profile stays below Δ down to the lower bound: the interval is cut there
 * @param upperAtBound the profile stays below Δ up to the upper bound: the interval is cut there
 */
public record IntervalResult(
        String parameter,
        double bestFit,
        double lower,
        double upper,
        double deltaTwiceNll,
        double confidenceLevel,
        boolean lowerAtBound,
        boolean upperAtBound) {
}
