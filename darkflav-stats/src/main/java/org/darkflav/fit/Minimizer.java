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
}
