package org.darkflav.recast.scan;

/**
 * The best-fit X mass of a scan with its Δ2NLL = 1 interval over the grid (the profile over m_X:
 * the edges are where q0(m) falls by one below its maximum, linearly interpolated between grid points;
 * an edge that is not reached inside the grid is the grid end and flagged).
 *
 * @param index index of the best grid point in the scan
 * @param mass best-fit m_X in GeV (a grid point: the resolution is the grid step)
 * @param lower lower interval edge in GeV
 * @param upper upper interval edge in GeV
 * @param lowerAtGridEnd the interval is cut at the first grid point
 * @param upperAtGridEnd the interval is cut at the last grid point
 */
public record BestMass(int index, double mass, double lower, double upper, boolean lowerAtGridEnd,
        boolean upperAtGridEnd) {

    /** From per-mass q0 values (2NLL relative to the background-only fit is −q0). */
    public static BestMass of(double[] masses, double[] q0) {
        if (masses.length == 0 || masses.length != q0.length) {
            throw new IllegalArgumentException("need one q0 per mass and at least one mass");
        }
        int best = 0;
        for (int i = 1; i < q0.length; i++) {
            if (q0[i] > q0[best]) {
                best = i;
            }
        }
        double level = q0[best] - 1;
        int lo = best;
        while (lo > 0 && q0[lo - 1] > level) {
            lo--;
        }
        int hi = best;
        while (hi < masses.length - 1 && q0[hi + 1] > level) {
            hi++;
        }
        double lower = lo == 0 ? masses[0] : crossing(masses[lo - 1], q0[lo - 1], masses[lo], q0[lo], level);
        double upper = hi == masses.length - 1 ? masses[hi]
                : crossing(masses[hi], q0[hi], masses[hi + 1], q0[hi + 1], level);
        return new BestMass(best, masses[best], lower, upper, lo == 0, hi == masses.length - 1);
    }

    private static double crossing(double x0, double y0, double x1, double y1, double level) {
        return y1 == y0 ? x0 : x0 + (level - y0) * (x1 - x0) / (y1 - y0);
    }
}
