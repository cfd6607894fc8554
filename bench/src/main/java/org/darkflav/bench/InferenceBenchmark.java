package org.darkflav.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.infer.Calculator;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.SignificanceResult;
import org.darkflav.infer.Significance;
import org.darkflav.infer.TestStatistic;
import org.darkflav.infer.UpperLimit;
import org.darkflav.infer.UpperLimitResult;
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

/**
 * Asymptotic hypothesis test at μ = 1 (q̃), 95% CL upper limit, and discovery significance, as pyhf's timings
 * table; and the 90 % + 95 % limits of one recast mass point.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class InferenceBenchmark {

    @Param({"belle2_knunu_combined", "atlas_sbottom_regionA", "atlas_staus_combined"})
    public String workspace;

    private HistFactoryModel model;
    private ProfileLikelihood likelihood;
    private HypoTest hypoTest;

    @Setup(Level.Trial)
    public void setUp() {
        model = Workspaces.load(workspace);
        likelihood = ProfileLikelihood.of(model);
        hypoTest = new HypoTest(likelihood, new LocalTaskRunner(1));
    }

    @Benchmark
    public HypoTestResult hypotest() {
        return hypoTest.test(1.0, TestStatistic.QMU_TILDE, Calculator.asymptotic(), ProgressListener.NONE);
    }

    @Benchmark
    public UpperLimitResult upperLimit() {
        return UpperLimit.asymptotic(likelihood).rootFinding(model.observedData(), 0.95, likelihood.poiLowerBound(),
                likelihood.poiUpperBound(), 1e-4, ProgressListener.NONE);
    }

    /** The recast's per-mass-point limits: 90 % and 95 % CL, observed and expected, from one search. */
    @Benchmark
    public List<UpperLimitResult> upperLimits90And95() {
        return UpperLimit.asymptotic(likelihood).rootFinding(model.observedData(), new double[] {0.90, 0.95},
                likelihood.poiLowerBound(), likelihood.poiUpperBound(), 1e-4, ProgressListener.NONE);
    }

    @Benchmark
    public SignificanceResult discovery() {
        return new Significance(hypoTest, Calculator.asymptotic()).discovery(model.observedData(), ProgressListener.NONE);
    }
}
