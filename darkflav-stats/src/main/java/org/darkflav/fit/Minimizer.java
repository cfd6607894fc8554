package org.darkflav.fit;

/** Finds a local minimum of a bounded problem. Implementations are stateless and thread-safe. */
public interface Minimizer {

    FitResult minimize(FitProblem problem);

    /**
     * Minimises a problem similar to one already fitted (the same objective with other fixed
     * parameters or start values, e.g. the next point of a profile-likelihood scan), starting from
     * what that fit learnt about the curvature. Only a hint: implementations may ignore it, and the
     * result must not depend on it beyond the stopping tolerance.
     *
     * @param earlier a result for an objective of the same dimension, ideally with a covariance
     */
    default FitResult minimize(FitProblem problem, FitResult earlier) {
        return minimize(problem);
    }

    /**
     * As {@link #minimize(FitProblem, FitResult)} for a problem right next to one just fitted (the
     * next POI value of a limit search or scan): the earlier fit's own curvature estimate
     * ({@link FitResult#metric()}) is used too when it has no covariance, which is the case for fits
     * without a Hessian. Only a hint, like the other: the result must not depend on it beyond the
     * stopping tolerance.
     */
    default FitResult minimizeNear(FitProblem problem, FitResult near) {
        return minimize(problem, near);
    }
}
