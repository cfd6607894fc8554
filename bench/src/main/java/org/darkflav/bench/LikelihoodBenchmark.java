package org.darkflav.bench;

import java.util.concurrent.TimeUnit;
import org.darkflav.fit.FitProblem;
import org.darkflav.fit.FitResult;
import org.darkflav.fit.Objective;
import org.darkflav.fit.QuasiNewtonMinimizer;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One twice_nll evaluation (with and without gradient) and one full fit with Hesse errors. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LikelihoodBenchmark {

    @Param({"belle2_knunu_combined", "atlas_staus_combined", "atlas_sbottom_regionA", "synthetic_large"})
    public String workspace;

    private HistFactoryModel model;
    private Objective nll;
    private double[] x;
    private double[] gradient;

    @Setup(Level.Trial)
    public void setUp() {
        model = Workspaces.load(workspace);
        nll = model.twiceNll(model.observedData());
        x = model.suggestedInit();
        gradient = new double[x.length];
    }

    @Benchmark
    public double valueAndGradient() {
        return nll.valueAndGradient(x, gradient);
    }

    @Benchmark
    public double value() {
        return nll.value(x);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FitResult fitWithHesse() {
        return new QuasiNewtonMinimizer().minimize(new FitProblem(model.twiceNll(model.observedData()),
                model.suggestedInit(), model.lowerBounds(), model.upperBounds(), model.suggestedFixed()));
    }
}
