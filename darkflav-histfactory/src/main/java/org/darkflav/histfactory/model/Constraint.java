package org.darkflav.histfactory.model;

/** How a parameter set is constrained by auxiliary data. */
public enum Constraint {
    /** Free parameter, no auxiliary measurement. */
    NONE,
    /** Gaussian N(a | θ, σ). */
    GAUSSIAN,
    /** Poisson Pois(a | γ τ) (shapesys). */
    POISSON
}
