package org.darkflav.recast.templates;

import org.darkflav.recast.data.Binning;

/**
 * Fractions of a two-body signal B → K X per q²rec bin: the shape's CDF differenced at the bin edges,
 * then treated according to an {@link OutOfRangePolicy}.
 *
 * @param shape resolution model
 * @param policy treatment of probability outside the bins
 */
public record BinnedSignal(SignalShape shape, OutOfRangePolicy policy) {

    /** The paper's choice: Gaussian σ = 1.5 GeV², renormalised to the binned range. */
    public static final BinnedSignal PAPER = new BinnedSignal(GaussianShape.PAPER,
            OutOfRangePolicy.RENORMALISE_TO_BINNED_RANGE);

    public BinnedSignal {
        if (shape == null || policy == null) {
            throw new IllegalArgumentException("a binned signal needs a shape and an out-of-range policy");
        }
    }

    /**
     * Fraction of B → K X events with m_X = {@code massGeV} in each bin of {@code q2Rec}.
     *
     * @throws IllegalArgumentException if the mass is negative or not finite, or (when renormalising)
     *     no probability at all falls inside the bins
     */
    public double[] fractions(double massGeV, Binning q2Rec) {
        if (!(massGeV >= 0) || !Double.isFinite(massGeV)) {
            throw new IllegalArgumentException("m_X must be a finite mass >= 0 GeV, got " + massGeV);
        }
        double line = massGeV * massGeV;
        int n = q2Rec.bins();
        double[] f = new double[n];
        double below = shape.cdf(q2Rec.lo(0), line);
        double inside = 0;
        for (int b = 0; b < n; b++) {
            double above = shape.cdf(q2Rec.hi(b), line);
            f[b] = Math.max(0.0, above - below);
            inside += f[b];
            below = above;
        }
        if (policy == OutOfRangePolicy.RENORMALISE_TO_BINNED_RANGE) {
            if (!(inside > 1e-12)) {
                throw new IllegalArgumentException("a signal at m_X = " + massGeV + " GeV (" + shape.label()
                        + ") puts no probability into the bins " + q2Rec + "; choose a mass inside the range");
            }
            for (int b = 0; b < n; b++) {
                f[b] /= inside;
            }
        }
        return f;
    }
}
