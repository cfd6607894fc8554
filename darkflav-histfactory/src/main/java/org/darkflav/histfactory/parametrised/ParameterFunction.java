package org.darkflav.histfactory.parametrised;

import java.util.List;

/**
 * A differentiable map from named inputs (parameters of the reparametrised model: new parameters or
 * base parameters that are kept) to named base-model parameters, which it determines and which leave
 * the fit vector.
 *
 * <p>Implementations are called from fits on several threads at once, so they must be stateless or
 * immutable, and {@link #evaluate} runs in the minimiser's inner loop, so it must not allocate. The
 * Jacobian must be exact (analytic): the fit's gradient is built from it by the chain rule.
 */
public interface ParameterFunction {

    /** Names of the reparametrised model's parameters this function reads, in the order of {@code in}. */
    List<String> inputs();

    /** Names of the base-model parameters this function determines, in the order of {@code out}. */
    List<String> outputs();

    /**
     * Writes {@code out[k] = f_k(in)} and {@code jacobian[k * inputs().size() + j] = ∂f_k/∂in_j} (row
     * major, one row per output). Must not allocate.
     */
    void evaluate(double[] in, double[] out, double[] jacobian);
}
