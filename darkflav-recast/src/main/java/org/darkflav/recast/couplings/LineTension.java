package org.darkflav.recast.couplings;

import org.darkflav.recast.analysis.BrLikelihood;

/**
 * How well an operator line of Fig. 2 left can describe the data: the smallest Δχ² of the
 * (Br(B → K X), Br(B → K* X)) plane along the line, relative to the plane's minimum, and where it
 * is reached. A line with Δχ²_min above 6.18 leaves the 95 % region of the data everywhere.
 *
 * @param minDeltaChi2 min over the line of Δχ²
 * @param brKAtMin Br(B → K X) where it is reached
 */
public record LineTension(OperatorLine line, double minDeltaChi2, double brKAtMin) {

    private static final int STEPS = 4000;

    static LineTension of(OperatorLine line, ProfileCurve kaon, BrLikelihood kstar) {
        double reach = kaon.maxBr();
        double planeMin = Double.POSITIVE_INFINITY;
        double lineMin = Double.POSITIVE_INFINITY;
        double at = 0;
        for (int i = 0; i <= STEPS; i++) {
            double b = reach * i / STEPS;
            double k = kaon.value(b);
            planeMin = Math.min(planeMin, k);
            double v = k + kstar.twiceDeltaNll(line.ratio() * b);
            if (v < lineMin) {
                lineMin = v;
                at = b;
            }
        }
        // the plane's minimum: the B → K profile's minimum plus the B → K* term's (zero at its best fit)
        return new LineTension(line, lineMin - planeMin, at);
    }
}
