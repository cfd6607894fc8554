package org.darkflav.histfactory.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.darkflav.fit.FitResult;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.CompiledModel;
import org.darkflav.histfactory.model.ModelStructure;

/**
 * Pre- and post-fit predictions of a HistFactory model, as cabinetry's {@code model_utils.prediction}: every
 * sample's yield per bin, the total, the observed counts, and the total's 1σ uncertainty.
 *
 * <p>The uncertainty is linear error propagation, σ_b² = J_b Σ J_bᵀ with the analytic Jacobian J of the
 * expected rates. cabinetry instead varies each parameter by ±1σ and symmetrises, (ν(θ+σ) − ν(θ−σ))/2; the
 * two agree to first order and differ where a rate is visibly non-linear over ±1σ (e.g. a normsys with very
 * asymmetric up and down factors).
 */
public final class Predictions {

    public static final String PREFIT = "pre-fit";
    public static final String POSTFIT = "post-fit";

    private Predictions() {}

    /**
     * Before the fit: parameters at their suggested init, Σ diagonal with the squared constraint widths (σ for a
     * Gaussian, 1/√τ for a Poisson constraint); unconstrained and fixed parameters contribute nothing. cabinetry
     * puts constrained parameters at their nominal value instead of the init; the two differ only if the
     * measurement gives such a parameter another init.
     */
    public static ModelPrediction prefit(HistFactoryModel model) {
        double[] widths = model.constraintWidths();
        boolean[] fixed = model.suggestedFixed();
        double[][] covariance = new double[widths.length][widths.length];
        for (int i = 0; i < widths.length; i++) {
            covariance[i][i] = fixed[i] || !Double.isFinite(widths[i]) ? 0 : widths[i] * widths[i];
        }
        return at(model, model.suggestedInit(), covariance, PREFIT);
    }

    /** After a fit: at its best-fit values with its covariance; without a covariance the uncertainty is NaN. */
    public static ModelPrediction postfit(HistFactoryModel model, FitResult fit) {
        return at(model, fit.values(), fit.covariance(), POSTFIT);
    }

    /**
     * The prediction at {@code parameters} with parameter covariance {@code covariance} (n × n in model order,
     * or null for an unknown uncertainty).
     */
    public static ModelPrediction at(HistFactoryModel model, double[] parameters, double[][] covariance,
            String label) {
        CompiledModel compiled = model.compiled();
        int n = compiled.parameters();
        if (parameters.length != n) {
            throw new IllegalArgumentException(parameters.length + " parameter values for a model with " + n);
        }
        double[] sigma;
        if (covariance == null) {
            sigma = new double[compiled.bins()];
            Arrays.fill(sigma, Double.NaN);
        } else {
            if (covariance.length != n || Arrays.stream(covariance).anyMatch(row -> row.length != n)) {
                throw new IllegalArgumentException("the covariance must be " + n + " × " + n);
            }
            sigma = ErrorPropagation.stdev(YieldJacobian.of(compiled, parameters), compiled.bins(), covariance);
        }
        return new ModelPrediction(label, parameters, channels(model, parameters, sigma));
    }

    private static List<ChannelPrediction> channels(HistFactoryModel model, double[] parameters, double[] sigma) {
        ModelStructure structure = model.compiled().structure();
        List<double[]> blocks = model.compiled().expectedBlocks(parameters);
        double[] data = model.observedData();
        List<ChannelPrediction> out = new ArrayList<>();
        for (int c = 0; c < structure.channels().size(); c++) {
            String channel = structure.channels().get(c);
            int from = structure.channelOffsets()[c];
            int to = structure.channelOffsets()[c + 1];
            List<String> samples = new ArrayList<>();
            List<double[]> yields = new ArrayList<>();
            double[] total = new double[to - from];
            for (int k = 0; k < structure.blocks().size(); k++) {
                if (structure.blocks().get(k).channel().equals(channel)) {
                    double[] y = blocks.get(k);
                    samples.add(structure.blocks().get(k).sample());
                    yields.add(y);
                    for (int b = 0; b < total.length; b++) {
                        total[b] += y[b];
                    }
                }
            }
            out.add(new ChannelPrediction(channel, samples, yields, total, Arrays.copyOfRange(sigma, from, to),
                    Arrays.copyOfRange(data, from, to)));
        }
        return out;
    }
}
