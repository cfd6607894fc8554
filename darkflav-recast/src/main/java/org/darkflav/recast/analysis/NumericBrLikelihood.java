package org.darkflav.recast.analysis;

import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * A {@link BrLikelihood} given by an unnormalised −2 ln L and its slope, convex in Br on [0, reach]: the best
 * fit and the upper limits are found numerically (Brent's method on the slope and on the level).
 */
abstract class NumericBrLikelihood implements BrLikelihood {

    // computed once on first use; volatile so that a likelihood shared between threads never pairs a new best
    // fit with an old minimum (minimum is written first)
    private volatile double best = Double.NaN;
    private volatile double minimum;

    /** −2 ln L(br) up to a constant. */
    abstract double twiceNll(double br);

    /** d(−2 ln L)/dBr. */
    @Override
    public abstract double derivative(double br);

    /** A Br far above the best fit (−2ΔlnL > 100 there). */
    abstract double reach();

    @Override
    public double twiceDeltaNll(double br) {
        requireDomain(br);
        return twiceNll(br) - minimum();
    }

    @Override
    public double best() {
        if (Double.isNaN(best)) {
            double hi = reach();
            double b = derivative(0) >= 0 ? 0 : new BrentSolver(1e-12 * hi).solve(500, this::derivative, 0, hi);
            minimum = twiceNll(b);
            best = b;
        }
        return best;
    }

    @Override
    public double upperLimit(double twiceDeltaNll) {
        if (!(twiceDeltaNll > 0)) {
            throw new IllegalArgumentException("an upper limit needs a positive -2 dlnL threshold, got " + twiceDeltaNll);
        }
        double b = best();
        return new BrentSolver(1e-12 * reach()).solve(500, x -> twiceDeltaNll(x) - twiceDeltaNll, b, reach());
    }

    private double minimum() {
        best();
        return minimum;
    }

    static void requireDomain(double br) {
        if (!(br >= 0)) {
            throw new IllegalArgumentException("the likelihood is defined for Br >= 0 only, got " + br);
        }
    }
}
