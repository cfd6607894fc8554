package org.darkflav.fit;

/**
 * How {@link QuasiNewtonMinimizer} works and when it stops. Build with {@link #builder()}; the
 * defaults ({@link #defaults()}) match pyhf's Minuit set-up on twice the NLL.
 *
 * <p>Convergence is declared when the estimated distance to the minimum, EDM = ½ gᵀ V g (V the
 * inverse Hessian over the free parameters not held at a bound), is below
 * {@code 0.002 × tolerance × errordef}, the rule MIGRAD documents, or when the projected gradient
 * is below {@code gradientTolerance} in every component.
 *
 * @param tolerance MIGRAD-style tolerance; default 0.1
 * @param errordef objective change that defines 1σ; default 1.0 because the objective is twice the
 *     NLL (use 0.5 for a plain NLL, 1 for a χ²)
 * @param maxIterations quasi-Newton iterations over all attempts; default 10 000
 * @param maxEvaluations objective evaluations over all attempts, finite-difference Hessians
 *     included; 0 means automatic, 200 + 100 m + 5 m² for m free parameters (Minuit's documented
 *     default call limit)
 * @param computeHessian whether to compute the finite-difference Hessian at the minimum to give
 *     errors and covariance; default true
 * @param strategy 1 (default): at convergence, recompute the EDM with a central-difference Hessian
 *     and iterate on from that Hessian if it is too large (as MIGRAD does); 0: trust the
 *     quasi-Newton EDM when no Hessian is wanted ({@code computeHessian(false)}, the fast choice for
 *     scans and toys; with a Hessian it behaves as 1); 2: as 1, and start from a central- instead
 *     of a forward-difference Hessian
 * @param gradientTolerance also stop when every projected gradient component is at most this;
 *     default 1e-10
 */
public record FitOptions(
        double tolerance,
        double errordef,
        int maxIterations,
        int maxEvaluations,
        boolean computeHessian,
        int strategy,
        double gradientTolerance) {

    public FitOptions {
        require(tolerance > 0 && Double.isFinite(tolerance), "tolerance", tolerance, "a positive number such as 0.1");
        require(errordef > 0 && Double.isFinite(errordef), "errordef", errordef, "1.0 for 2NLL or 0.5 for NLL");
        require(maxIterations > 0, "maxIterations", maxIterations, "a positive count");
        require(maxEvaluations >= 0, "maxEvaluations", maxEvaluations, "a positive count, or 0 for automatic");
        require(strategy >= 0 && strategy <= 2, "strategy", strategy, "0, 1 or 2");
        require(gradientTolerance >= 0, "gradientTolerance", gradientTolerance, "a non-negative number");
    }

    /** The defaults: tolerance 0.1, errordef 1, automatic call limit, Hessian computed, strategy 1. */
    public static FitOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder()
                .tolerance(tolerance)
                .errordef(errordef)
                .maxIterations(maxIterations)
                .maxEvaluations(maxEvaluations)
                .computeHessian(computeHessian)
                .strategy(strategy)
                .gradientTolerance(gradientTolerance);
    }

    /** The EDM below which a fit counts as converged. */
    public double edmTarget() {
        return 0.002 * tolerance * errordef;
    }

    /** The call limit for a problem with {@code freeParameters} free arguments. */
    public int evaluationLimit(int freeParameters) {
        if (maxEvaluations > 0) {
            return maxEvaluations;
        }
        long m = freeParameters;
        return (int) Math.min(Integer.MAX_VALUE, 200 + 100 * m + 5 * m * m);
    }

    private static void require(boolean ok, String name, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(
                    "fit option " + name + " = " + value + " is invalid; use " + expected);
        }
    }

    /** Mutable builder; {@link #build()} checks every value. */
    public static final class Builder {
        private double tolerance = 0.1;
        private double errordef = 1.0;
        private int maxIterations = 10_000;
        private int maxEvaluations = 0;
        private boolean computeHessian = true;
        private int strategy = 1;
        private double gradientTolerance = 1e-10;

        private Builder() {}

        public Builder tolerance(double value) {
            tolerance = value;
            return this;
        }

        public Builder errordef(double value) {
            errordef = value;
            return this;
        }

        public Builder maxIterations(int value) {
            maxIterations = value;
            return this;
        }

        public Builder maxEvaluations(int value) {
            maxEvaluations = value;
            return this;
        }

        public Builder computeHessian(boolean value) {
            computeHessian = value;
            return this;
        }

        public Builder strategy(int value) {
            strategy = value;
            return this;
        }

        public Builder gradientTolerance(double value) {
            gradientTolerance = value;
            return this;
        }

        public FitOptions build() {
            return new FitOptions(tolerance, errordef, maxIterations, maxEvaluations, computeHessian, strategy,
                    gradientTolerance);
        }
    }
}
