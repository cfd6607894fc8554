package org.darkflav.fit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The state and steps of the bounded BFGS iteration for one fit (the attempts and checks around it
 * are in {@link FitRun}). Every work array is allocated here, none in the iteration.
 *
 * <p>Vectors of length m run over the free (not fixed) arguments; {@code free[k]} is the argument
 * index of free slot k. Bounds are handled by an active set: a free argument sitting on a bound with
 * the gradient pushing outward is held there, and its row and column of the inverse Hessian are
 * removed (see {@link InverseHessian#activate}).
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
    private final int[] free;
    private final double[] lower;
    private final double[] upper;
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
    private final double[] releaseVariance;
    private final boolean[] active;
    private final InverseHessian inverse;
    private final LineSearch lineSearch = new LineSearch();
    private final List<String> log;

    private double f;
    private double fTrial;
    private double slopeTrial;
    private double lastAlpha;
    private double alphaMax;
    private int boundSlot;
    private int iterations;
    private boolean noiseEstimated;
    private int stalled;
    private double edm = Double.NaN;
    private double[][] hessianAtX;

    BoundedBfgs(FitProblem problem, FitOptions options, List<String> log) {
        this.options = options;
        this.log = log;
        this.lowerAll = problem.lower();
        this.upperAll = problem.upper();
        this.n = problem.dimension();
        this.free = Hessian.freeIndices(problem.fixed());
        this.m = free.length;
        this.objective = new CountingObjective(problem.objective(), options.evaluationLimit(m));
        this.lower = new double[m];
        this.upper = new double[m];
        for (int k = 0; k < m; k++) {
            lower[k] = lowerAll[free[k]];
            upper[k] = upperAll[free[k]];
        }
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
        this.releaseVariance = new double[m];
        this.active = new boolean[m];
        this.inverse = new InverseHessian(m);
    }

    /** Moves the start inside the box and evaluates there; false if not finite. */
    boolean start() {
        for (int k = 0; k < m; k++) {
            int i = free[k];
            double clamped = Math.max(lower[k], Math.min(upper[k], x[i]));
            if (clamped != x[i]) {
                note("start value %s of parameter %d is outside [%s, %s]; moved to %s", x[i], i, lower[k], upper[k],
                        clamped);
                x[i] = clamped;
            }
        }
        f = objective.valueAndGradient(x, gFull);
        gather(gFull, g);
        return Double.isFinite(f) && allFinite(g);
    }

    void restartFromBest() {
        if (objective.hasBest() && objective.bestValue() < f) {
            objective.copyBest(x);
        }
        f = objective.valueAndGradient(x, gFull);
        gather(gFull, g);
        hessianAtX = null;
    }

    /** Runs at most {@code steps} iterations; null if they all ran without a verdict. */
    FitStatus iterate(int steps) {
        for (int done = 0; done < steps; done++) {
            updateActiveSet();
            edm = 0.5 * inverse.quadraticForm(pg, work);
            if (!(edm >= 0)) {
                // rounding made V indefinite; a negative EDM must not pass for convergence
                resetToDiagonal();
                edm = 0.5 * inverse.quadraticForm(pg, work);
            }
            if (edm < options.edmTarget() || maxAbs(pg) <= options.gradientTolerance()) {
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
        updateActiveSet();
        edm = 0.5 * inverse.quadraticForm(pg, work);
        return edm < options.edmTarget() || maxAbs(pg) <= options.gradientTolerance() ? FitStatus.CONVERGED : null;
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
            updateActiveSet();
            if (maxAbs(pg) <= options.gradientTolerance() || step(false) != null) {
                break;
            }
            iterations++;
        }
        updateActiveSet();
        edm = 0.5 * inverse.quadraticForm(pg, work);
    }

    /**
     * One line-search step along −V g; null on success.
     *
     * @param vpgInWork whether {@code work} holds V pg already (the EDM was just computed with them)
     */
    private FitStatus step(boolean vpgInWork) {
        searchDirection(vpgInWork);
        double slope = dot(pg, d);
        if (!(slope < 0)) {
            // V lost positive definiteness to rounding: fall back to the diagonal metric
            resetToDiagonal();
            searchDirection(false);
            slope = dot(pg, d);
            if (!(slope < 0)) {
                return FitStatus.LINE_SEARCH_FAILED;
            }
        }
        computeAlphaMax();
        double alpha = lineSearch.search(this, f, slope, alphaMax);
        if (Double.isNaN(alpha) && !lineSearch.sawNonFinite() && !noiseEstimated) {
            noiseEstimated = true;
            double noise = estimateNoise(slope);
            if (noise > lineSearch.noiseFloor()) {
                lineSearch.raiseNoiseFloor(NOISE_SAFETY * noise);
                note("line search failed at iteration %d; objective rounding noise estimated at %.3g,"
                        + " retrying with that tolerance", iterations, noise);
                alpha = lineSearch.search(this, f, slope, alphaMax);
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
        double reach = Math.min(1.0, alphaMax);
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
        for (int k = 0; k < m; k++) {
            int i = free[k];
            s[k] = xTrial[i] - x[i];
            y[k] = active[k] ? 0 : gTrial[k] - g[k];
            x[i] = xTrial[i];
            g[k] = gTrial[k];
        }
        stalled = fTrial < f ? 0 : stalled + 1;
        f = fTrial;
        hessianAtX = null;
        inverse.update(s, y, work);
    }

    /** d = −V pg, holding at their bound the arguments it would push outside. */
    private void searchDirection(boolean vpgInWork) {
        for (int round = 0; round <= m; round++) {
            if (round == 0 && vpgInWork) {
                System.arraycopy(work, 0, d, 0, m);
            } else {
                inverse.multiply(pg, d);
            }
            int blocked = -1;
            for (int k = 0; k < m; k++) {
                d[k] = -d[k];
                int i = free[k];
                if (!active[k] && ((x[i] <= lower[k] && d[k] < 0) || (x[i] >= upper[k] && d[k] > 0))) {
                    blocked = k;
                }
            }
            if (blocked < 0) {
                return;
            }
            inverse.activate(blocked);
            active[blocked] = true;
            pg[blocked] = 0;
        }
    }

    private void computeAlphaMax() {
        alphaMax = Double.POSITIVE_INFINITY;
        boundSlot = -1;
        for (int k = 0; k < m; k++) {
            double room = d[k] > 0 ? upper[k] - x[free[k]] : d[k] < 0 ? lower[k] - x[free[k]] : Double.NaN;
            double t = room / d[k];
            if (t < alphaMax) {
                alphaMax = Math.max(t, 0);
                boundSlot = k;
            }
        }
    }

    @Override
    public boolean evaluate(double alpha) {
        for (int k = 0; k < m; k++) {
            int i = free[k];
            xTrial[i] = Math.max(lower[k], Math.min(upper[k], x[i] + alpha * d[k]));
        }
        if (alpha == alphaMax && boundSlot >= 0) {
            xTrial[free[boundSlot]] = d[boundSlot] > 0 ? upper[boundSlot] : lower[boundSlot];
        }
        fTrial = objective.valueAndGradient(xTrial, gFull);
        gather(gFull, gTrial);
        slopeTrial = dot(gTrial, d);
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

    /** Sets the active set and the projected gradient at the current point, keeping V consistent. */
    private void updateActiveSet() {
        for (int k = 0; k < m; k++) {
            int i = free[k];
            boolean hold = (x[i] <= lower[k] && g[k] > 0) || (x[i] >= upper[k] && g[k] < 0);
            if (hold && !active[k]) {
                inverse.activate(k);
            } else if (!hold && active[k]) {
                inverse.release(k, releaseVariance[k]);
            }
            active[k] = hold;
            pg[k] = hold ? 0 : g[k];
        }
    }

    String initialiseInverse(boolean central) {
        double[][] h = Hessian.compute(objective, x, free, lowerAll, upperAll, null, central);
        if (central) {
            hessianAtX = h;
        }
        return (central ? "central" : "forward") + "-difference Hessian, " + setInverseFrom(h);
    }

    /** Sets V directly (an inverse Hessian over the free slots, e.g. from an earlier fit). */
    void setInverse(double[][] v) {
        Arrays.fill(active, false);
        inverse.set(v);
        for (int k = 0; k < m; k++) {
            releaseVariance[k] = v[k][k];
        }
    }

    /** V = H⁻¹ (regularised if needed); all arguments start free and are re-activated by the next update. */
    String setInverseFrom(double[][] h) {
        Arrays.fill(active, false);
        String what;
        Hessian.Inverse inv = allFinite(h) ? Hessian.invert(h) : null;
        if (inv != null && allFinite(inv.matrix())) {
            inverse.set(inv.matrix());
            what = inv.positiveDefinite() ? "positive definite" : "not positive definite, regularised";
        } else {
            what = "not finite, diagonal used";
        }
        for (int k = 0; k < m; k++) {
            double hkk = h[k][k];
            releaseVariance[k] = hkk > 0 && Double.isFinite(hkk) ? 1 / hkk : 1.0;
        }
        if (inv == null || !allFinite(inv.matrix())) {
            inverse.setDiagonal(releaseVariance);
        }
        return what;
    }

    private void resetToDiagonal() {
        inverse.setDiagonal(releaseVariance);
        for (int k = 0; k < m; k++) {
            if (active[k]) {
                inverse.activate(k);
            }
        }
        note("inverse Hessian estimate lost positive definiteness at iteration %d; reset to its diagonal",
                iterations);
    }

    /** The central-difference Hessian over all free arguments at x, steps scaled by the current errors. */
    double[][] centralHessian() {
        if (hessianAtX == null) {
            double[] scale = new double[m];
            for (int k = 0; k < m; k++) {
                double v = active[k] ? releaseVariance[k] : inverse.diagonal(k);
                scale[k] = v > 0 && Double.isFinite(v) ? Math.sqrt(v) : 1.0;
            }
            hessianAtX = Hessian.compute(objective, x, free, lowerAll, upperAll, scale, true);
        }
        return hessianAtX;
    }

    /** ½ gᵀ H_FF⁻¹ g over the arguments not held at a bound, H_FF regularised if not positive definite. */
    double reducedEdm(double[][] h) {
        if (!allFinite(h)) {
            return Double.NaN;
        }
        int[] slots = new int[m];
        int r = 0;
        for (int k = 0; k < m; k++) {
            if (!active[k]) {
                slots[r++] = k;
            }
        }
        double[][] sub = new double[r][r];
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < r; b++) {
                sub[a][b] = h[slots[a]][slots[b]];
            }
        }
        double[][] inv = Hessian.invert(sub).matrix();
        double sum = 0;
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < r; b++) {
                sum += pg[slots[a]] * inv[a][b] * pg[slots[b]];
            }
        }
        return 0.5 * sum;
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
        return free;
    }

    /** Per free slot, whether the argument is held at a bound at the final point. */
    boolean[] heldAtBound() {
        return active.clone();
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

    /**
     * The inverse-Hessian estimate V over all n arguments, for warm starts: rows and columns of fixed
     * arguments 0, an argument held at a bound with the variance it would be released with and no
     * correlations. Null if V is not finite or has a non-positive diagonal.
     */
    double[][] metric() {
        if (m == 0) {
            return null;
        }
        double[][] out = new double[n][n];
        for (int a = 0; a < m; a++) {
            double[] row = out[free[a]];
            for (int b = 0; b < m; b++) {
                row[free[b]] = inverse.entry(a, b);
            }
            if (active[a]) {
                row[free[a]] = releaseVariance[a];
            }
            if (!(row[free[a]] > 0) || !allFinite(row)) {
                return null;
            }
        }
        return out;
    }

    double[][] hessianAtMinimum() {
        return options.computeHessian() ? hessianAtX : null;
    }

    List<String> log() {
        return log;
    }

    void note(String format, Object... args) {
        log.add(String.format(Locale.ROOT, format, args));
    }

    // ---- small vector helpers ----

    private void gather(double[] full, double[] slots) {
        for (int k = 0; k < m; k++) {
            slots[k] = full[free[k]];
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double maxAbs(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    static boolean allFinite(double[][] a) {
        for (double[] row : a) {
            if (!allFinite(row)) {
                return false;
            }
        }
        return true;
    }
}
