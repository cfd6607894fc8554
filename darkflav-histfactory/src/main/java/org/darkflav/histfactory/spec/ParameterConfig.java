package org.darkflav.histfactory.spec;

/**
 * One entry of a measurement's {@code config.parameters}. Absent JSON keys are {@code null}; arrays
 * are not to be mutated.
 *
 * @param name parameter set name (e.g. {@code lumi}, {@code mu}, a staterror name)
 * @param inits initial values, one per element of the parameter set
 * @param bounds {@code [lower, upper]} pairs, one per element
 * @param fixed whether the parameter set is held constant
 * @param auxdata auxiliary data of a constrained parameter set
 * @param sigmas Gaussian widths of a constrained parameter set
 * @param factors Poisson scale factors (pyhf accepts them; shapesys computes its own)
 */
public record ParameterConfig(
        String name,
        double[] inits,
        double[][] bounds,
        Boolean fixed,
        double[] auxdata,
        double[] sigmas,
        double[] factors) {}
