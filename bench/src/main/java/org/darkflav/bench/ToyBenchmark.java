package org.darkflav.bench;

import java.util.concurrent.TimeUnit;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.infer.Calculator;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import org.darkflav.infer.TestStatistic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Toy throughput on one core: a toy-based hypothesis test at μ = 1 (q̃, pyhf's toys at the suggested
 * init) with {@value #TOYS} toys per hypothesis, run on the calling thread. Each toy costs two fits
 * (free and fixed μ), so one invocation is 4 × {@value #TOYS} toy fits and the score is toy fits per
 * second per core (the observed test statistic's two fits are included in the time, not in the count).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class ToyBenchmark {

    static final int TOYS = 500;

    @Param({"belle2_ita_paper_x_2GeV"})
    public String workspace;

    private HypoTest hypoTest;

    @Setup(Level.Trial)
    public void setUp() {
        HistFactoryModel model = Workspaces.load(workspace);
        hypoTest = new HypoTest(ProfileLikelihood.of(model), TaskRunner.sequential());
    }

    @Benchmark
    @OperationsPerInvocation(4 * TOYS)
    public HypoTestResult toyFits() {
        return hypoTest.test(1.0, TestStatistic.QMU_TILDE, new Calculator.Toys(TOYS, 1), ProgressListener.NONE);
    }
}
