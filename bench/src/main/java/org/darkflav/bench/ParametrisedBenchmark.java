package org.darkflav.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.darkflav.fit.Objective;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.parametrised.CorrelatedGaussianConstraint;
import org.darkflav.histfactory.parametrised.NewParameter;
import org.darkflav.histfactory.parametrised.ParameterFunction;
import org.darkflav.histfactory.parametrised.ReparametrisedModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a parametrised signal: Belle II's likelihood with its POI derived from a coupling and a
 * form-factor nuisance with a Gaussian constraint (mu = r g², as in the coupling fits), against the
 * plain likelihood.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParametrisedBenchmark {

    private Objective plain;
    private Objective derived;
    private double[] xPlain;
    private double[] xDerived;
    private double[] gPlain;
    private double[] gDerived;

    @Setup(Level.Trial)
    public void setUp() {
        HistFactoryModel base = Workspaces.load("belle2_knunu_combined");
        String poi = base.parameterNames().get(base.poiIndex());
        ReparametrisedModel model = ReparametrisedModel.over(base)
                .add(new NewParameter("g", 2.0, 0, 10, false))
                .add(new NewParameter("r", 1.0, 0.5, 1.5, false))
                .derive(new MuFromCoupling(poi))
                .constrain(new CorrelatedGaussianConstraint(List.of("r"), new double[] {1}, new double[][] {{0.0036}}))
                .poi("g").build();
        plain = base.twiceNll(base.observedData());
        derived = model.twiceNll(model.observedData());
        xPlain = base.suggestedInit();
        xDerived = model.suggestedInit();
        gPlain = new double[xPlain.length];
        gDerived = new double[xDerived.length];
    }

    @Benchmark
    public double plainValueAndGradient() {
        return plain.valueAndGradient(xPlain, gPlain);
    }

    @Benchmark
    public double parametrisedValueAndGradient() {
        return derived.valueAndGradient(xDerived, gDerived);
    }

    /** mu = r g². */
    private record MuFromCoupling(String poi) implements ParameterFunction {
        @Override
        public List<String> inputs() {
            return List.of("g", "r");
        }

        @Override
        public List<String> outputs() {
            return List.of(poi);
        }

        @Override
        public void evaluate(double[] in, double[] out, double[] jacobian) {
            out[0] = in[1] * in[0] * in[0];
            jacobian[0] = 2 * in[1] * in[0];
            jacobian[1] = in[0] * in[0];
        }
    }
}
