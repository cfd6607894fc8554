package org.darkflav.recast.scan;

/**
 * The inference at one X mass. Branching fractions are absolute; NaN where a quantity is not available
 * for the analysis (e.g. CLs limits for an approximate likelihood without data).
 *
 * @param mass m_X in GeV
 * @param br best-fit Br(B → K X) (≥ 0: the POI is bounded at zero)
 * @param errLo distance from the best fit down to the lower edge of the Δ2NLL = 1 profile interval
 *     (equal to {@code br} when the interval reaches Br = 0)
 * @param errHi distance from the best fit up to the upper edge of that interval
 * @param zLocal local significance √q0 (0 when the best fit is at Br = 0)
 * @param q0 the discovery test statistic 2NLL(Br = 0) − 2NLL(best fit); −q0 is the scan's 2NLL
 *     relative to the mass-independent background-only fit, so the best mass maximises q0
 * @param ul90 observed 90 % CL CLs upper limit (asymptotic, q̃μ)
 * @param ul95 observed 95 % CL CLs upper limit
 * @param exp90 expected 90 % CL limits −2σ, −1σ, median, +1σ, +2σ
 * @param exp95 expected 95 % CL limits −2σ ... +2σ
 * @param converged whether every fit behind the point converged
 * @param cutAtBound the profile stays below Δ2NLL = 1 up to the POI's upper bound: the interval stops there,
 *     so {@code errHi} is the distance to the bound, not an interval edge
 */
public record MassPoint(double mass, double br, double errLo, double errHi, double zLocal, double q0, double ul90,
        double ul95, double[] exp90, double[] exp95, boolean converged, boolean cutAtBound) {

    /** Number of entries of an expected band. */
    public static final int BAND = 5;

    /** A point whose interval is not cut at the POI's upper bound. */
    public MassPoint(double mass, double br, double errLo, double errHi, double zLocal, double q0, double ul90,
            double ul95, double[] exp90, double[] exp95, boolean converged) {
        this(mass, br, errLo, errHi, zLocal, q0, ul90, ul95, exp90, exp95, converged, false);
    }

    public MassPoint {
        exp90 = band(exp90);
        exp95 = band(exp95);
    }

    @Override
    public double[] exp90() {
        return exp90.clone();
    }

    @Override
    public double[] exp95() {
        return exp95.clone();
    }

    /** A band of NaN, for analyses without CLs limits. */
    public static double[] noBand() {
        double[] b = new double[BAND];
        java.util.Arrays.fill(b, Double.NaN);
        return b;
    }

    private static double[] band(double[] b) {
        if (b == null || b.length != BAND) {
            throw new IllegalArgumentException("an expected band has " + BAND + " entries (−2σ..+2σ)");
        }
        return b.clone();
    }
}
