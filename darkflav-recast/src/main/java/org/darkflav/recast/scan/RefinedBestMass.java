package org.darkflav.recast.scan;

/**
 * The best-fit X mass found below the grid step: the maximum of q0(m) = 2NLL(m, Br = 0) − 2NLL(m, Br̂)
 * refined by golden-section search between the neighbours of the best grid point, with its Δ(−2 ln L) = 1
 * interval in m (Br profiled; the edges solved by Brent's method), and the full inference at that mass.
 *
 * @param mass refined best-fit m_X in GeV
 * @param lower lower edge of the mass interval (GeV)
 * @param upper upper edge (GeV)
 * @param lowerAtRangeEnd q0 stays within 1 of its maximum down to the lowest mass scanned: the edge is that mass
 * @param upperAtRangeEnd the same at the highest mass scanned
 * @param point best fit, profile interval in Br, Z and {@code cutAtBound} at {@code mass}
 * @param gridMasses the coarse grid that bracketed the maximum
 * @param gridQ0 q0 at those masses
 * @param evaluations number of masses at which q0 was computed (two fits each)
 */
public record RefinedBestMass(double mass, double lower, double upper, boolean lowerAtRangeEnd,
        boolean upperAtRangeEnd, MassPoint point, double[] gridMasses, double[] gridQ0, int evaluations) {

    public RefinedBestMass {
        if (gridMasses.length != gridQ0.length) {
            throw new IllegalArgumentException("one q0 per grid mass");
        }
        gridMasses = gridMasses.clone();
        gridQ0 = gridQ0.clone();
    }

    @Override
    public double[] gridMasses() {
        return gridMasses.clone();
    }

    @Override
    public double[] gridQ0() {
        return gridQ0.clone();
    }

    /**
     * The significance if q0 at the best mass were χ² with two degrees of freedom (Br and m_X both fitted):
     * p = exp(−q0/2), Z = Φ⁻¹(1 − p). A naive global measure (Wilks does not hold for m_X, which is undefined
     * at Br = 0), the convention of a likelihood-ratio test with the mass free; toys give the true one.
     */
    public double zTwoParameters() {
        double p = Math.exp(-0.5 * point.q0());
        return p >= 0.5 ? 0 : -new org.hipparchus.distribution.continuous.NormalDistribution(0, 1)
                .inverseCumulativeProbability(p);
    }

    /** Whether the mass interval is cut at an end of the scanned range. */
    public boolean intervalCutAtRangeEnd() {
        return lowerAtRangeEnd || upperAtRangeEnd;
    }
}
