package org.darkflav.infer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The choices behind {@link Infer}'s procedures, with pyhf's defaults: observed data, q̃μ, asymptotic
 * formulae, root finding to 1e-4 relative. Change what differs with the {@code with…} methods.
 *
 * @param data main data followed by auxiliary data, or null for the model's observed data
 * @param testStatistic the test statistic of hypothesis tests and limits
 * @param calculator asymptotic formulae or pseudo-experiments
 * @param runner where toys and other parallel tasks run
 * @param progress hears the progress of toys
 * @param rtol relative tolerance of the limit's root finding
 * @param fixed parameters held at a value in {@link Infer#fit}, by name
 */
public record InferenceOptions(double[] data, TestStatistic testStatistic, Calculator calculator, TaskRunner runner,
        ProgressListener progress, double rtol, Map<String, Double> fixed) {

    public InferenceOptions {
        data = data == null ? null : data.clone();
        Objects.requireNonNull(testStatistic, "testStatistic");
        Objects.requireNonNull(calculator, "calculator");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(progress, "progress");
        if (!(rtol > 0 && rtol < 1)) {
            throw new IllegalArgumentException("rtol must be in (0, 1), got " + rtol);
        }
        fixed = Map.copyOf(fixed);
    }

    /** pyhf's defaults; toys and tasks on all processors. */
    public static InferenceOptions defaults() {
        return new InferenceOptions(null, TestStatistic.QMU_TILDE, Calculator.asymptotic(),
                LocalTaskRunner.allProcessors(), ProgressListener.NONE, 1e-4, Map.of());
    }

    @Override
    public double[] data() {
        return data == null ? null : data.clone();
    }

    /** The data to use with {@code model}: these options' data or the model's observed data. */
    public double[] dataFor(StatisticalModel model) {
        return data == null ? model.observedData() : data.clone();
    }

    public InferenceOptions withData(double[] d) {
        return new InferenceOptions(d, testStatistic, calculator, runner, progress, rtol, fixed);
    }

    public InferenceOptions withTestStatistic(TestStatistic t) {
        return new InferenceOptions(data, t, calculator, runner, progress, rtol, fixed);
    }

    public InferenceOptions withCalculator(Calculator c) {
        return new InferenceOptions(data, testStatistic, c, runner, progress, rtol, fixed);
    }

    /** Pseudo-experiments instead of asymptotic formulae. */
    public InferenceOptions withToys(int count, long seed) {
        return withCalculator(new Calculator.Toys(count, seed));
    }

    public InferenceOptions withRunner(TaskRunner r) {
        return new InferenceOptions(data, testStatistic, calculator, r, progress, rtol, fixed);
    }

    public InferenceOptions withProgress(ProgressListener p) {
        return new InferenceOptions(data, testStatistic, calculator, runner, p, rtol, fixed);
    }

    public InferenceOptions withRtol(double r) {
        return new InferenceOptions(data, testStatistic, calculator, runner, progress, r, fixed);
    }

    /** Holds parameter {@code name} at {@code value} in fits (added to those already held). */
    public InferenceOptions withFixed(String name, double value) {
        Map<String, Double> f = new LinkedHashMap<>(fixed);
        f.put(name, value);
        return new InferenceOptions(data, testStatistic, calculator, runner, progress, rtol, f);
    }
}
