package org.darkflav.recast.lee;

import java.io.Serializable;

/**
 * One data set scanned over the masses of a study: q0(m) per mass, and whether every fit behind it
 * converged.
 *
 * @param toy the toy number, or {@value #OBSERVED} for the observed data
 * @param q0 the discovery test statistic at each mass; NaN where the fit failed
 * @param fits fits done, retries included
 * @param failed whether a fit failed even after its retries (the background-only fit, or a mass)
 */
public record ToyScan(int toy, double[] q0, int fits, boolean failed) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The toy number of the observed data. */
    public static final int OBSERVED = -1;

    public ToyScan {
        q0 = q0.clone();
    }

    @Override
    public double[] q0() {
        return q0.clone();
    }

    /** q0 at mass {@code i} without copying the array. */
    public double q0At(int i) {
        return q0[i];
    }

    public int masses() {
        return q0.length;
    }

    /** Index of the largest q0 (the first of equals); -1 if the scan failed. */
    public int argMax() {
        if (failed) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i < q0.length; i++) {
            if (q0[i] > q0[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The largest q0 over the masses; NaN if the scan failed. */
    public double maxQ0() {
        return failed ? Double.NaN : q0[argMax()];
    }

    /** Up-crossings of {@code level} along the masses: steps from below the level to at or above it. */
    public int upCrossings(double level) {
        int n = 0;
        for (int i = 1; i < q0.length; i++) {
            if (q0[i - 1] < level && q0[i] >= level) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToyScan t && toy == t.toy && fits == t.fits && failed == t.failed
                && java.util.Arrays.equals(q0, t.q0);
    }

    @Override
    public int hashCode() {
        return 31 * toy + java.util.Arrays.hashCode(q0);
    }

    @Override
    public String toString() {
        return "ToyScan[toy=" + toy + ", maxQ0=" + maxQ0() + ", fits=" + fits + ", failed=" + failed + "]";
    }
}
