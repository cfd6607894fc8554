package org.darkflav.recast.couplings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.darkflav.fit.Objective;
import org.darkflav.infer.ForwardingModel;
import org.darkflav.infer.StatisticalModel;
import org.darkflav.recast.analysis.BrLikelihood;

/**
 * A base model plus one extra parameter (a branching fraction, ≥ 0) whose only likelihood is an
 * external −2ΔlnL term: how a measurement known only as an approximate likelihood in its Br (BaBar's
 * B → K* X) joins a full model. The term has no data: Asimov sets and toys see the base model only,
 * so it acts as a fixed external constraint.
 */
final class ExternalTermModel extends ForwardingModel {

    private final String name;
    private final BrLikelihood term;
    private final double upper;

    /**
     * @param name name of the extra parameter
     * @param upper its upper bound (its lower bound is 0)
     */
    ExternalTermModel(StatisticalModel base, String name, BrLikelihood term, double upper) {
        super(base);
        if (base.parameterNames().contains(name)) {
            throw new IllegalArgumentException("the base model already has a parameter '" + name + "'");
        }
        this.name = name;
        this.term = term;
        this.upper = upper;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(base().parameterNames());
        names.add(name);
        return names;
    }

    @Override
    public double[] suggestedInit() {
        return append(base().suggestedInit(), term.best());
    }

    @Override
    public double[] lowerBounds() {
        return append(base().lowerBounds(), 0);
    }

    @Override
    public double[] upperBounds() {
        return append(base().upperBounds(), upper);
    }

    @Override
    public boolean[] suggestedFixed() {
        boolean[] b = base().suggestedFixed();
        return Arrays.copyOf(b, b.length + 1);
    }

    @Override
    public double[] expectedData(double[] parameters) {
        return base().expectedData(head(parameters));
    }

    @Override
    public double[] sample(double[] parameters, UniformRandomProvider rng) {
        return base().sample(head(parameters), rng);
    }

    @Override
    public double[] constraintWidths() {
        return append(base().constraintWidths(), Double.NaN);
    }

    @Override
    public Objective twiceNll(double[] data) {
        Objective inner = base().twiceNll(data);
        int n = inner.dimension();
        double[] x0 = new double[n];
        double[] g0 = new double[n];
        return new Objective() {
            @Override
            public int dimension() {
                return n + 1;
            }

            @Override
            public double value(double[] x) {
                System.arraycopy(x, 0, x0, 0, n);
                return inner.value(x0) + term.twiceDeltaNll(Math.max(0, x[n]));
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                System.arraycopy(x, 0, x0, 0, n);
                double v = inner.valueAndGradient(x0, g0);
                System.arraycopy(g0, 0, gradient, 0, n);
                // a minimiser probing a hair below the bound sees Br = 0
                double br = Math.max(0, x[n]);
                gradient[n] = term.derivative(br);
                return v + term.twiceDeltaNll(br);
            }
        };
    }

    private double[] head(double[] parameters) {
        return Arrays.copyOf(parameters, parameters.length - 1);
    }

    private static double[] append(double[] v, double x) {
        double[] out = Arrays.copyOf(v, v.length + 1);
        out[v.length] = x;
        return out;
    }
}
