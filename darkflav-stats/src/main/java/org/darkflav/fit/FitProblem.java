package org.darkflav.fit;

/**
 * What to minimise: an objective, where to start, the box it lives in and which arguments stay put.
 *
 * @param objective the function (one instance per thread)
 * @param start starting point; fixed arguments keep this value
 * @param lower lower bounds (may be {@code Double.NEGATIVE_INFINITY})
 * @param upper upper bounds (may be {@code Double.POSITIVE_INFINITY})
 * @param fixed arguments held constant
 */
public record FitProblem(Objective objective, double[] start, double[] lower, double[] upper, boolean[] fixed) {

    public FitProblem {
        int n = objective.dimension();
        if (start.length != n || lower.length != n || upper.length != n || fixed.length != n) {
            throw new IllegalArgumentException("fit problem arrays must all have length " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!(lower[i] <= upper[i])) {
                throw new IllegalArgumentException(
                        "parameter " + i + ": lower bound " + lower[i] + " is above upper bound " + upper[i]);
            }
        }
    }

    public int dimension() {
        return start.length;
    }

    /** A copy with argument {@code index} fixed at {@code value}. */
    public FitProblem withFixed(int index, double value) {
        double[] s = start.clone();
        boolean[] f = fixed.clone();
        s[index] = value;
        f[index] = true;
        return new FitProblem(objective, s, lower, upper, f);
    }
}
