package org.darkflav.histfactory.predict;

import java.util.Arrays;
import org.darkflav.histfactory.model.CompiledModel;
import org.darkflav.histfactory.model.Scratch;

/**
 * The Jacobian ∂ν_b/∂θ_i of a compiled model's expected main rates, analytic: one reverse pass per bin with
 * ∂f/∂ν = e_b, after a single evaluation at θ.
 *
 * <p>Interpolation codes 0 and 1 have a kink at α = 0, exactly where every α sits before a fit; there the
 * model takes the derivative from the right. The Jacobian uses the mean of the two one-sided derivatives
 * instead, which is what symmetrised ±1σ variations give for a piecewise-linear rate (as cabinetry computes
 * them), and equals the derivative wherever the rate is smooth.
 */
final class YieldJacobian {

    private YieldJacobian() {}

    /** Row-major, bins × parameters: element [b · parameters + i] is ∂ν_b/∂θ_i at {@code x}. */
    static double[] of(CompiledModel model, double[] x) {
        int n = model.parameters();
        if (x.length != n) {
            throw new IllegalArgumentException(x.length + " parameter values for a model with " + n);
        }
        double[] jacobian = oneSided(model, x);
        if (Arrays.stream(x).anyMatch(v -> v == 0)) {
            // just left of 0 the rates are the same to the last bit, and the derivative is the left one
            double[] left = x.clone();
            for (int i = 0; i < n; i++) {
                left[i] = x[i] == 0 ? -Double.MIN_VALUE : x[i];
            }
            double[] fromLeft = oneSided(model, left);
            for (int k = 0; k < jacobian.length; k++) {
                jacobian[k] = 0.5 * (jacobian[k] + fromLeft[k]);
            }
        }
        return jacobian;
    }

    private static double[] oneSided(CompiledModel model, double[] x) {
        int bins = model.bins();
        int n = model.parameters();
        Scratch scratch = model.newScratch();
        model.expectedMain(x, scratch, new double[bins]);
        double[] jacobian = new double[bins * n];
        double[] unit = new double[bins];
        double[] row = new double[n];
        for (int b = 0; b < bins; b++) {
            unit[b] = 1;
            Arrays.fill(row, 0);
            model.backpropagate(x, scratch, unit, row);
            System.arraycopy(row, 0, jacobian, b * n, n);
            unit[b] = 0;
        }
        return jacobian;
    }
}
