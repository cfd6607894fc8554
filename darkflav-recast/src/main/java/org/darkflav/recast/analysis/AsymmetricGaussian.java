package org.darkflav.recast.analysis;

/**
 * An approximate likelihood in a branching fraction from a best fit and its 1σ edges: −2ΔlnL =
 * ((Br − best)/σ₋)² below the best fit and ((Br − best)/σ₊)² above, defined for Br ≥ 0 only.
 * Continuous with a continuous first derivative.
 *
 * @param best best-fit branching fraction (≥ 0)
 * @param sigmaMinus width below the best fit
 * @param sigmaPlus width above the best fit
 * @param lowerEdgeAtBoundary whether the published lower edge sat at Br = 0, so σ₋ was not measured
 *     and was set to max(σ₊, best) (a symmetric guess that keeps Br = 0 inside the 1σ interval)
 */
public record AsymmetricGaussian(double best, double sigmaMinus, double sigmaPlus, boolean lowerEdgeAtBoundary)
        implements BrLikelihood {

    public AsymmetricGaussian {
        if (!(best >= 0) || !(sigmaMinus > 0) || !(sigmaPlus > 0)) {
            throw new IllegalArgumentException("approximate likelihood needs best >= 0 and positive widths, got best = "
                    + best + ", sigma- = " + sigmaMinus + ", sigma+ = " + sigmaPlus);
        }
    }

    /** From a best fit and 1σ edges as read off a figure; {@code lower} = 0 means "at the boundary". */
    public static AsymmetricGaussian fromBand(double best, double lower, double upper) {
        double plus = upper - best;
        if (lower > 0) {
            return new AsymmetricGaussian(best, best - lower, plus, false);
        }
        return new AsymmetricGaussian(best, Math.max(plus, best), plus, true);
    }

    /** −2 ln L(Br) + 2 ln L(best), for Br ≥ 0. */
    @Override
    public double twiceDeltaNll(double br) {
        checkDomain(br);
        double z = (br - best) / (br < best ? sigmaMinus : sigmaPlus);
        return z * z;
    }

    /** d(−2ΔlnL)/dBr. */
    @Override
    public double derivative(double br) {
        checkDomain(br);
        double s = br < best ? sigmaMinus : sigmaPlus;
        return 2 * (br - best) / (s * s);
    }

    /** Lower end of the 1σ interval, at least the physical boundary 0. */
    public double lowerEdge() {
        return Math.max(0, best - sigmaMinus);
    }

    /**
     * The Br above the best fit where −2ΔlnL reaches {@code twiceDeltaNll}: best + σ₊√t. With Br ≥ 0 and
     * best ≥ 0 the bounded profile's minimum is the best fit itself, so this is the upper end of the
     * likelihood-ratio interval (Δχ² = 2.71 / 3.84 / 4 give 90 % / 95 % / 2σ by Wilks).
     */
    @Override
    public double upperLimit(double twiceDeltaNll) {
        if (!(twiceDeltaNll > 0)) {
            throw new IllegalArgumentException("an upper limit needs a positive -2 dlnL threshold, got " + twiceDeltaNll);
        }
        return best + sigmaPlus * Math.sqrt(twiceDeltaNll);
    }

    private static void checkDomain(double br) {
        if (!(br >= 0)) {
            throw new IllegalArgumentException("the approximate likelihood is defined for Br >= 0 only, got " + br);
        }
    }
}
