package org.darkflav.infer;

import java.util.Optional;

/**
 * One hypothesis test at a POI value, in pyhf's terms. For {@link TestStatistic#Q0} the p-value of the
 * background-only hypothesis is {@link #clsb()} (pyhf returns CLsb for q0), its band {@link #clsbExpected()}.
 *
 * @param poiValue the tested POI value μ
 * @param testStatistic the test statistic used
 * @param calculator how p-values were obtained
 * @param testStatisticObserved the test statistic on the observed data
 * @param testStatisticAsimov the test statistic on the Asimov data (NaN for toys)
 * @param clsb CL_{s+b}, p-value of the tested hypothesis
 * @param clb CL_b
 * @param cls CL_s = CL_{s+b} / CL_b
 * @param clsExpected expected CL_s band (−2σ ... +2σ, ascending)
 * @param clsbExpected expected CL_{s+b} band
 * @param clbExpected expected CL_b band
 * @param fitsConverged whether every fit behind the observed result converged
 * @param toys the pseudo-experiments, for the toy calculator
 */
public record HypoTestResult(
        double poiValue,
        TestStatistic testStatistic,
        Calculator calculator,
        double testStatisticObserved,
        double testStatisticAsimov,
        double clsb,
        double clb,
        double cls,
        ExpectedBand clsExpected,
        ExpectedBand clsbExpected,
        ExpectedBand clbExpected,
        boolean fitsConverged,
        Optional<ToyResult> toys) {

    /** CLs for curve {@code k}: 0 = observed, 1..5 = expected −2σ .. +2σ. */
    public double clsCurve(int k) {
        return k == 0 ? cls : clsExpected.get(k - 1);
    }
}
