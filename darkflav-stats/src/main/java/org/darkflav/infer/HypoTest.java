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

    /**
     * The test at {@code mu} on {@code data} (main then auxiliary). As pyhf, {@code mu} must be a finite
     * value within the POI's bounds; the discovery statistic q0 tests μ = 0 only (pyhf would test μ = 0
     * whatever {@code mu} says, with a log message; darkflav refuses rather than report another test).
     */
    public HypoTestResult test(double[] data, double mu, TestStatistic statistic, Calculator calculator,
            ProgressListener progress) {
        requireTestable(likelihood, statistic);
        if (!Double.isFinite(mu)) {
            throw new InferenceException("the tested POI value must be a finite number, got " + mu);
        }
        if (mu < likelihood.poiLowerBound() || mu > likelihood.poiUpperBound()) {
            throw new InferenceException("the tested value " + mu + " of " + likelihood.poiName()
                    + " lies outside its bounds [" + likelihood.poiLowerBound() + ", " + likelihood.poiUpperBound()
                    + "] (pyhf refuses it too); test a value inside, or widen the bounds in the measurement");
        }
        if (statistic == TestStatistic.Q0 && mu != 0) {
            throw new InferenceException("the discovery test statistic q0 tests " + likelihood.poiName()
                    + " = 0 only, not " + mu + " (pyhf would silently test 0 instead); test 0, or use qtilde or q for"
                    + " other values");
        }
        return tester(data, statistic, calculator, progress).apply(mu);
    }

    /**
     * Throws unless hypothesis tests with {@code statistic} make sense for the model, as pyhf requires: a
     * POI that floats, and the alternative hypothesis of the Asimov data and toys (μ = 0 for q̃μ and qμ,
     * μ = 1 for q0) inside the POI's bounds.
     */
    static void requireTestable(ProfileLikelihood likelihood, TestStatistic statistic) {
        likelihood.requireFloatingPoi();
        double alternative = statistic.alternativePoi();
        if (alternative < likelihood.poiLowerBound() || alternative > likelihood.poiUpperBound()) {
            throw new InferenceException("the " + statistic.pyhfName() + " test needs fits at " + likelihood.poiName()
                    + " = " + alternative + " (its alternative hypothesis, for the Asimov data and toys), outside its bounds ["
                    + likelihood.poiLowerBound() + ", " + likelihood.poiUpperBound() + "] (pyhf refuses it too);"
                    + " widen the bounds to include it, or choose a POI that scales a signal");
        }
    }

    /**
     * A function POI value → hypothesis test that shares work between POI values (the Asimov data of
     * the asymptotic calculator are built once); limits and scans call it many times.
     */
    public DoubleFunction<HypoTestResult> tester(double[] data, TestStatistic statistic, Calculator calculator,
            ProgressListener progress) {
        requireTestable(likelihood, statistic);
        if (calculator instanceof Calculator.Asymptotic) {
            return new AsymptoticCalculator(likelihood, data, statistic)::test;
        } else if (calculator instanceof Calculator.Toys toys) {
            return new ToyCalculator(likelihood, data, statistic, toys, runner, progress)::test;
        }
        throw new IllegalStateException("unknown calculator " + calculator);
    }
}
