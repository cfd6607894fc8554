package org.darkflav.fit;

/** Why a minimisation stopped. Only {@link #CONVERGED} results can be trusted without looking closer. */
public enum FitStatus {
    /** The estimated distance to the minimum fell below the tolerance. */
    CONVERGED,
    /** The iteration or evaluation budget ran out before convergence. */
    CALL_LIMIT_REACHED,
    /** The line search could not lower the objective any more, above the tolerance. */
    LINE_SEARCH_FAILED,
    /** The objective or its gradient became NaN or infinite. */
    NOT_FINITE,
    /** The Hessian at the minimum is not positive definite: errors are unreliable. */
    HESSIAN_NOT_POSITIVE_DEFINITE;

    public boolean isConverged() {
        return this == CONVERGED;
    }
}
