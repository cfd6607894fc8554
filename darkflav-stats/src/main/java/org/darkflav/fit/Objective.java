package org.darkflav.fit;

/**
 * A scalar function with an analytic gradient, to be minimised.
 *
 * <p>Implementations may keep scratch buffers, so one instance belongs to one thread. Both calls
 * write only into caller-owned arrays and must not allocate.
 */
public interface Objective {

    /** Number of arguments. */
    int dimension();

    /** The function value at {@code x}. */
    double value(double[] x);

    /** Writes the gradient at {@code x} into {@code gradient} and returns the function value. */
    double valueAndGradient(double[] x, double[] gradient);
}
