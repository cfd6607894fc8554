package org.darkflav.infer;

/**
 * Discovery significance from the q0 test (pyhf's {@code hypotest(0, test_stat="q0")}).
 *
 * @param q0Observed q0 on the observed data
 * @param p0Observed p-value of the background-only hypothesis
 * @param zObserved significance Z = Φ⁻¹(1 − p0)
 * @param p0Expected expected p0 under the signal hypothesis (μ = 1), −2σ ... +2σ
 * @param zExpectedMedian significance of the median expected p0
 * @param test the hypothesis test behind it
 */
public record SignificanceResult(
        double q0Observed,
        double p0Observed,
        double zObserved,
        ExpectedBand p0Expected,
        double zExpectedMedian,
        HypoTestResult test) {

    /** The significance of the median expected p0 ({@link #zExpectedMedian()}). */
    public double zExpected() {
        return zExpectedMedian;
    }
}
