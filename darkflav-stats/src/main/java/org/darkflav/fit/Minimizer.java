package org.darkflav.fit;

/** Finds a local minimum of a bounded problem. Implementations are stateless and thread-safe. */
public interface Minimizer {

    FitResult minimize(FitProblem problem);
}
