package org.darkflav.infer;

import org.darkflav.fit.FitResult;

/**
 * A test statistic evaluated on one data set, with the fits behind it.
 *
 * @param statistic which test statistic
 * @param poiValue the tested POI value
 * @param value the test statistic
 * @param freeFit the unconditional fit (μ̂, θ̂)
 * @param fixedFit the conditional fit (μ, θ̂̂)
 */
public record TestStatisticValue(
        TestStatistic statistic, double poiValue, double value, FitResult freeFit, FitResult fixedFit) {

    public boolean fitsConverged() {
        return freeFit.converged() && fixedFit.converged();
    }
}
