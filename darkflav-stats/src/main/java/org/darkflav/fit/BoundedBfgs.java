package org.darkflav.fit;

import java.util.List;

/**
 * The state and steps of the bounded BFGS iteration for one fit (the attempts and checks around it
 * are in {@link FitRun}). Every work array is allocated here, none in the iteration.
 *
 * <p>Vectors of length m run over the free (not fixed) arguments; {@code free[k]} is the argument
 * index of free slot k. Bounds are handled by an active set ({@link ActiveSet}): a free argument
 * sitting on a bound with the gradient pushing outward is held there, and its row and column of the
 * inverse Hessian ({@link BoundedMetric}) are removed (see {@link InverseHessian#activate}). The
 * stopping rule is {@link EdmRule}.
 */
final class BoundedBfgs implements LineSearch.Line {

    private static final int NOISE_PROBES = 4;
    private static final double NOISE_SAFETY = 4;
    private static final int MAX_STALLED = 10;

    private final FitOptions options;
    private final CountingObjective objective;
    private final double[] lowerAll;
    private final double[] upperAll;
    private final int n;
    private final int m;
    private final ActiveSet bounds;
    private final BoundedMetric metric;
    private final EdmRule rule;
    private final double[] x;
    private final double[] xTrial;
    private final double[] gFull;
    private final double[] g;
    private final double[] gTrial;
    private final double[] pg;
    private final double[] d;
    private final double[] s;
    private final double[] y;
    private final double[] work;
    private final LineSearch lineSearch = new LineSearch();
    private final FitLog log;

    private double f;
    private double fTrial;
    private double slopeTrial;
    private double lastAlpha;
    private int iterations;
    private boolean noiseEstimated;
    private int stalled;
    private double edm = Double.NaN;
    private double[][] hessianAtX;

    /**
     * @param warmInverse the starting inverse Hessian over the free arguments (m × m row-major), which
     *     becomes V's storage (the caller hands it over), or null
     */
    BoundedBfgs(FitProblem problem, FitOptions options, FitLog log, double[] warmInverse) {
        this.options = options;
        this.log = log;
        this.lowerAll = problem.lower();
        this.upperAll = problem.upper();
        this.n = problem.dimension();
        int[] free = Hessian.freeIndices(problem.fixed());
        this.m = free.length;
        this.objective = new CountingObjective(problem.objective(), options.evaluationLimit(m));
        this.bounds = new ActiveSet(free, lowerAll, upperAll);
        this.metric = new BoundedMetric(m, warmInverse != null ? warmInverse : new double[m * m]);
        this.rule = new EdmRule(options);
        this.x = problem.start().clone();
        this.xTrial = x.clone(); // fixed arguments are never written again
        this.gFull = new double[n];
        this.g = new double[m];
        this.gTrial = new double[m];
        this.pg = new double[m];
        this.d = new double[m];
        this.s = new double[m];
        this.y = new double[m];
        this.work = new double[m];
    }

    /** Moves the start inside the box and evaluates there; false if not finite. */
    boolean start() {
        int[] free = bounds.free();
        for (int k = 0; k < m; k++) {
            int i = free[k];
            double clamped = Math.max(bounds.lower(k), Math.min(bounds.upper(k), x[i]));
            if (clamped != x[i]) {
                note("start value %s of parameter %d is outside [%s, %s]; moved to %s", x[i], i, bounds.lower(k),
                        bounds.upper(k), clamped);
                x[i] = clamped;
            }
        }
        f = objective.valueAndGradient(x, gFull);
        bounds.gather(gFull, g);
        return Double.isFinite(f) && Vectors.allFinite(g);
    }

    void restartFromBest() {
        if (objective.hasBest() && objective.bestValue() < f) {
            objective.copyBest(x);
        }
        f = objective.valueAndGradient(x, gFull);
        bounds.gather(gFull, g);
        hessianAtX = null;
    }

    /** Runs at most {@code steps} iterations; null if they all ran without a verdict. */
    FitStatus iterate(int steps) {
        for (int done = 0; done < steps; done++) {
            bounds.update(x, g, metric, pg);
            edm = EdmRule.edm(metric, pg, work);
            if (!(edm >= 0)) {
                // rounding made V indefinite; a negative EDM must not pass for convergence
                resetToDiagonal();
                edm = EdmRule.edm(metric, pg, work);
            }
            if (rule.isMet(edm, pg)) {
                return FitStatus.CONVERGED;
            }
            if (iterations >= options.maxIterations()) {
                note("iteration limit %d reached", options.maxIterations());
                return FitStatus.CALL_LIMIT_REACHED;
            }
            FitStatus failed = step(true);
            if (failed != null) {
                return failed;
            }
            iterations++;
            if (stalled >= MAX_STALLED) {
                // steps accepted within the noise allowance that never lower f: no real progress
                note("no decrease of the objective in %d iterations (edm = %.3g)", MAX_STALLED, edm);
                stalled = 0;
                return FitStatus.LINE_SEARCH_FAILED;
            }
        }
        bounds.update(x, g, metric, pg);
        edm = EdmRule.edm(metric, pg, work);
        return rule.isMet(edm, pg) ? FitStatus.CONVERGED : null;
    }

    /**
     * Newton polish after convergence: up to {@code steps} line-search steps along −H⁻¹g with the
     * finite-difference Hessian of the minimum. The EDM rule bounds the objective's distance to the
     * minimum, but parameters are then only known to about √EDM·σ; Asimov data and test statistics
     * built from them need more. Stops when a step no longer lowers the objective (the noise floor).
     */
    void polish(double[][] hessian, int steps) {
        setInverseFrom(hessian);
        for (int i = 0; i < steps; i++) {
            bounds.update(x, g, metric, pg);
            if (rule.gradientVanished(pg) || step(false) != null) {
                break;
            }
            iterations++;
        }
        bounds.update(x, g, metric, pg);
        edm = EdmRule.edm(metric, pg, work);
    }

    /**
     * One line-search step along −V g; null on success.
     *
     * @param vpgInWork whether {@code work} holds V pg already (the EDM was just computed with them)
     */
    private FitStatus step(boolean vpgInWork) {
        bounds.searchDirection(metric, x, pg, work, vpgInWork, d);
        double slope = Vectors.dot(pg, d);
        if (!(slope < 0)) {
            // V lost positive definiteness to rounding: fall back to the diagonal metric
            resetToDiagonal();
            bounds.searchDirection(metric, x, pg, work, false, d);
            slope = Vectors.dot(pg, d);
            if (!(slope < 0)) {
                return FitStatus.LINE_SEARCH_FAILED;
            }
        }
        bounds.limitStep(x, d);
        double alpha = lineSearch.search(this, f, slope, bounds.maxStep());
        if (Double.isNaN(alpha) && !lineSearch.sawNonFinite() && !noiseEstimated) {
            noiseEstimated = true;
            double noise = estimateNoise(slope);
            if (noise > lineSearch.noiseFloor()) {
                lineSearch.raiseNoiseFloor(NOISE_SAFETY * noise);
                note("line search failed at iteration %d; objective rounding noise estimated at %.3g,"
                        + " retrying with that tolerance", iterations, noise);
                alpha = lineSearch.search(this, f, slope, bounds.maxStep());
            }
        }
        if (Double.isNaN(alpha)) {
            return lineSearch.sawNonFinite() ? FitStatus.NOT_FINITE : FitStatus.LINE_SEARCH_FAILED;
        }
        if (alpha != lastAlpha && !evaluate(alpha)) {
            return FitStatus.NOT_FINITE;
        }
        accept();
        return null;
    }

    /**
     * Estimates the rounding noise of the objective near x, in the spirit of Moré &amp; Wild (SIAM J.
     * Sci. Comput. 33 (2011) 1292): along the search line the trapezoid rule
     * φ(α) − φ(0) ≈ ½ α (φ'(0) + φ'(α)) is exact for quadratics, so close to a minimum, where the
     * objective is nearly quadratic over a quasi-Newton step, its residual is rounding noise.
     * Objectives like a 2NLL with Poisson constraints at τ ~ 1e11 are sums of ~1e13-sized terms
     * that cancel, and their noise (~1e-2) can exceed the decrease the EDM rule still asks for.
     */
    private double estimateNoise(double slope0) {
        double noise = lineSearch.maxResidual();
        double reach = Math.min(1.0, bounds.maxStep());
        for (int k = 1; k <= NOISE_PROBES; k++) {
            double alpha = reach * k / NOISE_PROBES;
            if (!evaluate(alpha)) {
                return noise;
            }
            noise = Math.max(noise, Math.abs(fTrial - f - 0.5 * alpha * (slope0 + slopeTrial)));
        }
        return noise;
    }

    private void accept() {
        int[] free = bounds.free();
        for (int k = 0; k < m; k++) {
            int i = free[k];
            s[k] = xTrial[i] - x[i];
            y[k] = bounds.isHeld(k) ? 0 : gTrial[k] - g[k];
            x[i] = xTrial[i];
            g[k] = gTrial[k];
        }
        stalled = fTrial < f ? 0 : stalled + 1;
        f = fTrial;
        hessianAtX = null;
        metric.update(s, y, work);
    }

    @Override
    public boolean evaluate(double alpha) {
        bounds.project(x, alpha, d, xTrial);
        fTrial = objective.valueAndGradient(xTrial, gFull);
        bounds.gather(gFull, gTrial);
        slopeTrial = Vectors.dot(gTrial, d);
        lastAlpha = alpha;
        return Double.isFinite(fTrial) && Double.isFinite(slopeTrial);
    }

    @Override
    public double value() {
        return fTrial;
    }

    @Override
    public double slope() {
        return slopeTrial;
    }

    String initialiseInverse(boolean central) {
        double[][] h = Hessian.compute(objective, x, bounds.free(), lowerAll, upperAll, null, central);
        if (central) {
            hessianAtX = h;
        }
        return (central ? "central" : "forward") + "-difference Hessian, " + setInverseFrom(h);
    }

    /** Sets V directly (an inverse Hessian over the free slots, m × m row-major, e.g. from an earlier fit). */
    void setInverse(double[] v) {
        bounds.releaseAll();
        metric.set(v);
    }

    /** V = H⁻¹ (regularised if needed); all arguments start free and are re-activated by the next update. */
    String setInverseFrom(double[][] h) {
        bounds.releaseAll();
        return metric.setInverseOf(h);
    }

    private void resetToDiagonal() {
        metric.resetToDiagonal(bounds);
        note("inverse Hessian estimate lost positive definiteness at iteration %d; reset to its diagonal",
                iterations);
    }

    /** The central-difference Hessian over all free arguments at x, steps scaled by the current errors. */
    double[][] centralHessian() {
        if (hessianAtX == null) {
            double[] scale = metric.errorScale(bounds);
            hessianAtX = Hessian.compute(objective, x, bounds.free(), lowerAll, upperAll, scale, true);
        }
        return hessianAtX;
    }

    /** ½ gᵀ H_FF⁻¹ g over the arguments not held at a bound, H_FF regularised if not positive definite. */
    double reducedEdm(double[][] h) {
        return EdmRule.reducedEdm(h, bounds, pg);
    }

    // ---- accessors for FitRun and FitResults ----

    int freeCount() {
        return m;
    }

    void setEdm(double value) {
        edm = value;
    }

    /** Drops the Hessian at x, so no covariance is made from it. */
    void forgetHessian() {
        hessianAtX = null;
    }

    /** With no free arguments the (empty) Hessian is known. */
    void setEmptyHessian() {
        hessianAtX = new double[0][0];
    }

    /** Moves to the best point seen, after the call limit cut the fit short. */
    void adoptBestPoint() {
        if (objective.hasBest()) {
            objective.copyBest(x);
            f = objective.bestValue();
        }
        hessianAtX = null;
    }

    FitOptions options() {
        return options;
    }

    int dimension() {
        return n;
    }

    int[] free() {
        return bounds.free();
    }

    /** Per free slot, whether the argument is held at a bound at the final point. */
    boolean[] heldAtBound() {
        return bounds.heldCopy();
    }

    double lower(int i) {
        return lowerAll[i];
    }

    double upper(int i) {
        return upperAll[i];
    }

    double[] x() {
        return x;
    }

    double f() {
        return f;
    }

    double edm() {
        return edm;
    }

    int iterations() {
        return iterations;
    }

    int evaluations() {
        return objective.count();
    }

    /** The inverse-Hessian estimate V for warm starts, handed over: the last use of this run's metric. */
    QuasiNewtonMetric handOverMetric() {
        return metric.handOver(n, bounds);
    }

    double[][] hessianAtMinimum() {
        return options.computeHessian() ? hessianAtX : null;
    }

    List<String> log() {
        return log.lines();
    }

    void note(String format, Object... args) {
        log.add(format, args);
    }
}
