package org.darkflav.infer;

import java.util.function.DoubleFunction;

/**
 * Hypothesis tests at POI values (pyhf's {@code hypotest}), with any {@link TestStatistic} and
 * {@link Calculator}. Immutable; the task runner parallelises toys.
 */
public final class HypoTest {

    private final ProfileLikelihood likelihood;
    private final TaskRunner runner;

    public HypoTest(ProfileLikelihood likelihood, TaskRunner runner) {
        this.likelihood = likelihood;
        this.runner = runner;
    }

    public ProfileLikelihood likelihood() {
        return likelihood;
    }

    /** The test at {@code mu} on the observed data. */
    public HypoTestResult test(double mu, TestStatistic statistic, Calculator calculator, ProgressListener progress) {
        return test(likelihood.model().observedData(), mu, statistic, calculator, progress);
    }

    /** The test at {@code mu} on {@code data} (main then auxiliary). */
    public HypoTestResult test(double[] data, double mu, TestStatistic statistic, Calculator calculator,
            ProgressListener progress) {
        return tester(data, statistic, calculator, progress).apply(mu);
    }

    /**
     * A function POI value → hypothesis test that shares work between POI values (the Asimov data of
     * the asymptotic calculator are built once); limits and scans call it many times.
     */
    public DoubleFunction<HypoTestResult> tester(double[] data, TestStatistic statistic, Calculator calculator,
            ProgressListener progress) {
        likelihood.poiIndex();
        if (calculator instanceof Calculator.Asymptotic) {
            return new AsymptoticCalculator(likelihood, data, statistic)::test;
        } else if (calculator instanceof Calculator.Toys toys) {
            return new ToyCalculator(likelihood, data, statistic, toys, runner, progress)::test;
        }
        throw new IllegalStateException("unknown calculator " + calculator);
    }
}
