package org.darkflav.recast.projection;

/**
 * The expected sensitivity at one X mass and one integrated luminosity. Branching fractions are absolute.
 *
 * @param mass m_X in GeV
 * @param lumiAb projected integrated luminosity in ab⁻¹
 * @param scaleFactor s = L / L0 relative to the current dataset
 * @param brCurrentBestFit the best-fit Br of the current data at this mass (≥ 0)
 * @param brSignal the Br of the signal hypothesis behind {@code expectedZ}
 * @param expectedZ median expected discovery significance √q0 on the signal-plus-background Asimov data
 *     (0 when {@code brSignal} is 0)
 * @param expectedUl95 expected 95 % CL CLs upper limits on Br (asymptotic, q̃μ) under background only:
 *     −2σ, −1σ, median, +1σ, +2σ; NaN where the analysis has no sensitivity at all (no X events in its bins)
 * @param converged whether every fit behind the point converged
 */
public record ProjectionPoint(double mass, double lumiAb, double scaleFactor, double brCurrentBestFit, double brSignal,
        double expectedZ, double[] expectedUl95, boolean converged) {

    /** Entries of the expected band. */
    public static final int BAND = 5;

    public ProjectionPoint {
        if (expectedUl95 == null || expectedUl95.length != BAND) {
            throw new IllegalArgumentException("the expected band has " + BAND + " entries (−2σ..+2σ)");
        }
        expectedUl95 = expectedUl95.clone();
    }

    @Override
    public double[] expectedUl95() {
        return expectedUl95.clone();
    }

    /** The median expected 95 % CL upper limit on Br. */
    public double expectedUl95Median() {
        return expectedUl95[2];
    }
}
