package org.darkflav.histfactory.likelihood;

import org.darkflav.fit.Objective;
import org.darkflav.histfactory.model.CompiledModel;
import org.darkflav.histfactory.model.Scratch;

/**
 * −2 log L(θ | data) of a HistFactory model with every constant, as pyhf's {@code twice_nll}, and its
 * analytic gradient. Confined to one thread: it owns its scratch arrays and allocates nothing per
 * evaluation.
 */
final class TwiceNll implements Objective {
    private final CompiledModel model;
    private final Constraints constraints;
    private final double[] data;
    private final int bins;
    private final double constant;
    private final Scratch scratch;
    private final double[] nu;
    private final double[] dNu;

    TwiceNll(CompiledModel model, Constraints constraints, double[] data) {
        this.model = model;
        this.constraints = constraints;
        this.data = data.clone();
        this.bins = model.bins();
        this.scratch = model.newScratch();
        this.nu = new double[bins];
        this.dNu = new double[bins];
        double c = 0;
        for (int b = 0; b < bins; b++) {
            c -= 2 * PoissonTerms.saturated(this.data[b]);
        }
        this.constant = c + constraints.constant(this.data, bins);
    }

    @Override
    public int dimension() {
        return model.parameters();
    }

    @Override
    public double value(double[] x) {
        return evaluate(x, null);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        return evaluate(x, gradient);
    }

    private double evaluate(double[] x, double[] gradient) {
        model.expectedMain(x, scratch, nu);
        double sum = 0;
        for (int b = 0; b < bins; b++) {
            double n = data[b];
            double v = nu[b];
            sum += PoissonTerms.halfDeviance(n, v);
            dNu[b] = n == 0 ? 2 : 2 * (1 - n / v);
        }
        double total = 2 * sum + constant + constraints.variablePart(x, data, bins, gradient);
        if (gradient != null) {
            model.backpropagate(x, scratch, dNu, gradient);
        }
        return total;
    }
}
