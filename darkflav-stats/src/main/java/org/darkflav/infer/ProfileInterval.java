package org.darkflav.infer;

import org.darkflav.fit.FitResult;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Two-sided profile-likelihood intervals: the edges where the profiled 2NLL rises by Δ above its
 * minimum, found by stepping out from the best fit (in steps of its parabolic error, doubling) and then
 * a bracketing root finder. Inside the parameter's bounds; an edge that is not reached before a bound
 * is reported as cut at the bound.
 */
public final class ProfileInterval {

    private static final ChiSquaredDistribution CHI2_1 = new ChiSquaredDistribution(1);
    private static final int MAX_STEPS = 60;

    private final ProfileLikelihood likelihood;

    public ProfileInterval(ProfileLikelihood likelihood) {
        this.likelihood = likelihood;
    }

    /** Δ(2NLL) for a two-sided interval at confidence level {@code cl}: 1.0 (68.3 %), 2.71 (90 %), 3.84 (95 %). */
    public static double deltaForConfidenceLevel(double cl) {
        if (!(cl > 0 && cl < 1)) {
            throw new InferenceException("confidence level must be in (0, 1), got " + cl);
        }
        return CHI2_1.inverseCumulativeProbability(cl);
    }

    public IntervalResult interval(double[] data, String parameter, double deltaTwiceNll) {
        return interval(data, parameter, deltaTwiceNll, null);
    }

    /**
     * As {@link #interval(double[], String, double)}, given the free fit to {@code data} that the caller made
     * already with this interval's likelihood ({@link ProfileLikelihood#fit(double[])}); null to make it here.
     */
    public IntervalResult interval(double[] data, String parameter, double deltaTwiceNll, FitResult free) {
        if (!(deltaTwiceNll > 0)) {
            throw new InferenceException("Δ(2NLL) must be positive, got " + deltaTwiceNll);
        }
        int index = likelihood.parameterIndex(parameter);
        FitResult best = free != null ? free : likelihood.fit(data);
        double xHat = best.values()[index];
        // each fit starts from the one made closest to it (point and metric), at first the best fit
        NearestFits tried = new NearestFits();
        tried.add(xHat, best);
        UnivariateFunction excess = x -> {
            FitResult f = likelihood.fixedFit(data, new int[] {index}, new double[] {x}, tried.nearest(x, best));
            tried.add(x, f);
            return f.minimum() - best.minimum() - deltaTwiceNll;
        };
        double error = best.errors()[index];
        double step = Double.isFinite(error) && error > 0 ? error : 0.1 * (1 + Math.abs(xHat));
        double[] up = edge(excess, xHat, step, likelihood.upperBounds()[index]);
        double[] down = edge(excess, xHat, -step, likelihood.lowerBounds()[index]);
        return new IntervalResult(parameter, xHat, down[0], up[0], deltaTwiceNll,
                CHI2_1.cumulativeProbability(deltaTwiceNll), down[1] != 0, up[1] != 0);
    }

    /** {edge, 1 if cut at the bound else 0} in the direction of {@code step}. */
    private static double[] edge(UnivariateFunction excess, double xHat, double step, double bound) {
        double inner = xHat;
        double width = step;
        for (int i = 0; i < MAX_STEPS; i++) {
            if (inner == bound) {
                return new double[] {bound, 1};
            }
            double outer = step > 0 ? Math.min(xHat + width, bound) : Math.max(xHat + width, bound);
            if (excess.value(outer) >= 0) {
                double lo = Math.min(inner, outer);
                double hi = Math.max(inner, outer);
                double root = new BracketingNthOrderBrentSolver(1e-10, 1e-12, 0, 5)
                        .solve(500, excess, lo, hi, AllowedSolution.ANY_SIDE);
                return new double[] {root, 0};
            }
            inner = outer;
            width *= 2;
        }
        throw new InferenceException("the profile likelihood does not rise by Δ within " + MAX_STEPS
                + " doublings of the step from the best fit " + xHat + "; is the parameter constrained at all?");
    }
}
