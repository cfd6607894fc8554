package org.darkflav.fit;

/**
 * Strong-Wolfe line search (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., Algorithms 3.5
 * and 3.6, with safeguarded cubic interpolation), extended in two ways:
 *
 * <ul>
 *   <li>the step never exceeds {@code alphaMax}, where the first free argument reaches its bound;
 *       a step to that bound is accepted if it satisfies the sufficient-decrease condition while
 *       the objective still decreases;
 *   <li>the approximate Wolfe conditions of Hager &amp; Zhang (SIAM J. Optim. 16 (2005) 170) are
 *       also accepted: σ φ'(0) ≤ φ'(α) ≤ (2δ − 1) φ'(0) with φ(α) ≤ φ(0) + ε. They rely on the
 *       exact gradient, not on differences of function values, which matters when the objective is
 *       ~1e12 and its rounding noise is larger than the decrease still to be found.
 * </ul>
 *
 * <p>Non-finite values are treated as "too far": the step is cut back. Nothing here allocates.
 */
final class LineSearch {

    /** The objective along the search line; one instance per fit. */
    interface Line {
        /** Evaluates φ and φ' at α; returns false if either is not finite. */
        boolean evaluate(double alpha);

        double value();

        double slope();
    }

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final double HZ_DELTA = 0.1;
    private static final double HZ_SIGMA = 0.9;
    private static final double NOISE = 1e-13;
    private static final int MAX_EVALUATIONS = 40;

    private double noiseFloor;
    private double f0;
    private double slope0;
    private double noise;
    private int evaluations;
    private boolean sawNonFinite;
    private double maxResidual;

    /** Raises the absolute rounding noise assumed in objective values (see {@link BoundedBfgs}). */
    void raiseNoiseFloor(double noise) {
        noiseFloor = Math.max(noiseFloor, noise);
    }

    double noiseFloor() {
        return noiseFloor;
    }

    /**
     * The largest |φ(α) − φ(0) − ½ α (φ'(0) + φ'(α))| met in the last search: the trapezoid rule is
     * exact for quadratics, so near a minimum this measures the rounding noise of the objective.
     */
    double maxResidual() {
        return maxResidual;
    }

    /** True if the last search met a NaN or infinity. */
    boolean sawNonFinite() {
        return sawNonFinite;
    }

    /**
     * Searches along the line from φ(0) = f0 with φ'(0) = slope0 &lt; 0.
     *
     * @return an acceptable step in (0, alphaMax], or NaN if none was found; the line may have been
     *     evaluated elsewhere last, so the caller re-evaluates at the returned step if needed
     */
    double search(Line line, double f0, double slope0, double alphaMax) {
        this.f0 = f0;
        this.slope0 = slope0;
        this.noise = Math.max(NOISE * Math.abs(f0), noiseFloor);
        this.evaluations = 0;
        this.sawNonFinite = false;
        this.maxResidual = 0;
        double aPrev = 0;
        double fPrev = f0;
        double dPrev = slope0;
        double a = Math.min(1.0, alphaMax);
        while (evaluations < MAX_EVALUATIONS) {
            evaluations++;
            if (!line.evaluate(a)) {
                sawNonFinite = true;
                alphaMax = aPrev + 0.5 * (a - aPrev);
                a = aPrev + 0.2 * (a - aPrev);
                continue;
            }
            double fa = line.value();
            double da = line.slope();
            record(a, fa, da);
            if (acceptable(a, fa, da)) {
                return a;
            }
            if (!armijo(a, fa) || (aPrev > 0 && fa >= fPrev)) {
                return zoom(line, aPrev, fPrev, dPrev, a, fa, da);
            }
            if (da >= 0) {
                return zoom(line, a, fa, da, aPrev, fPrev, dPrev);
            }
            if (a >= alphaMax) {
                return a;
            }
            aPrev = a;
            fPrev = fa;
            dPrev = da;
            a = Math.min(4 * a, alphaMax);
        }
        return Double.NaN;
    }

    private double zoom(Line line, double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        while (evaluations < MAX_EVALUATIONS) {
            double width = Math.abs(hi - lo);
            if (width <= 1e-16 * Math.max(Math.abs(lo), Math.abs(hi))) {
                break;
            }
            double a = interpolate(lo, fLo, dLo, hi, fHi, dHi);
            evaluations++;
            if (!line.evaluate(a)) {
                sawNonFinite = true;
                hi = a;
                fHi = Double.POSITIVE_INFINITY;
                dHi = Double.NaN;
                continue;
            }
            double fa = line.value();
            double da = line.slope();
            record(a, fa, da);
            if (acceptable(a, fa, da)) {
                return a;
            }
            if (!armijo(a, fa) || fa >= fLo) {
                hi = a;
                fHi = fa;
                dHi = da;
            } else {
                if (da * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                }
                lo = a;
                fLo = fa;
                dLo = da;
            }
        }
        // no Wolfe point, but a step that lowers the objective is still progress
        return lo > 0 && fLo < f0 ? lo : Double.NaN;
    }

    private void record(double a, double fa, double da) {
        maxResidual = Math.max(maxResidual, Math.abs(fa - f0 - 0.5 * a * (slope0 + da)));
    }

    private boolean armijo(double a, double fa) {
        return fa <= f0 + C1 * a * slope0;
    }

    private boolean acceptable(double a, double fa, double da) {
        boolean strongWolfe = armijo(a, fa) && Math.abs(da) <= -C2 * slope0;
        boolean approximateWolfe = fa <= f0 + noise && HZ_SIGMA * slope0 <= da && da <= (2 * HZ_DELTA - 1) * slope0;
        return strongWolfe || approximateWolfe;
    }

    /** Minimiser of the cubic through both end points (N&amp;W eq. 3.59), kept inside the middle 80 %. */
    private static double interpolate(double a0, double f0, double d0, double a1, double f1, double d1) {
        double lo = Math.min(a0, a1);
        double hi = Math.max(a0, a1);
        double margin = 0.1 * (hi - lo);
        double t = 0.5 * (a0 + a1);
        if (Double.isFinite(f1) && Double.isFinite(d1)) {
            double e1 = d0 + d1 - 3 * (f0 - f1) / (a0 - a1);
            double disc = e1 * e1 - d0 * d1;
            if (disc >= 0) {
                double e2 = Math.copySign(Math.sqrt(disc), a1 - a0);
                double c = a1 - (a1 - a0) * (d1 + e2 - e1) / (d1 - d0 + 2 * e2);
                if (Double.isFinite(c)) {
                    t = c;
                }
            }
        }
        return Math.max(lo + margin, Math.min(hi - margin, t));
    }
}
