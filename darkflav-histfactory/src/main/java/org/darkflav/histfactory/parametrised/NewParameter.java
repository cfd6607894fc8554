package org.darkflav.histfactory.parametrised;

/**
 * A parameter the reparametrised model adds to the fit vector, with its suggested init, bounds and
 * whether it is held fixed by default.
 */
public record NewParameter(String name, double init, double lower, double upper, boolean fixed) {

    /** @throws IllegalArgumentException for a blank name, empty bounds or an init outside the bounds */
    public NewParameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a new parameter needs a non-blank name");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower <= upper)) {
            throw new IllegalArgumentException("new parameter '" + name + "': bounds [" + lower + ", " + upper
                    + "] are empty or NaN; give lower <= upper");
        }
        if (!(init >= lower && init <= upper) || Double.isInfinite(init)) {
            throw new IllegalArgumentException("new parameter '" + name + "': init " + init
                    + " is not a finite value inside its bounds [" + lower + ", " + upper + "]");
        }
    }

    /** A free parameter with init {@code init} and bounds [lower, upper]. */
    public static NewParameter free(String name, double init, double lower, double upper) {
        return new NewParameter(name, init, lower, upper, false);
    }
}
