package org.darkflav.infer;

/** Discovery significance: the q0 hypothesis test at μ = 0, with p0 and Z observed and expected. */
public final class Significance {

    private final HypoTest hypoTest;
    private final Calculator calculator;

    public Significance(HypoTest hypoTest, Calculator calculator) {
        this.hypoTest = hypoTest;
        this.calculator = calculator;
    }

    public SignificanceResult discovery(double[] data, ProgressListener progress) {
        HypoTestResult r = hypoTest.test(data, 0.0, TestStatistic.Q0, calculator, progress);
        double p0 = r.clsb();
        return new SignificanceResult(r.testStatisticObserved(), p0, StandardNormal.significance(p0),
                r.clsbExpected(), StandardNormal.significance(r.clsbExpected().median()), r);
    }
}
