package org.darkflav.recast.couplings;

/**
 * The ALP's effective decay constants at one mass: F_V = 2f/|g_V| from the B → K X interval (Eq. 15;
 * F falls as Br rises, so F_V's low end comes from Br's high end) and the lower bound on
 * F_A = 2f/|g_A| from the 2σ upper limit on Br(B → K* X) (Eq. 16). All in GeV.
 *
 * @param fVHigh infinite when the Br interval reaches 0
 */
public record AlpDecayConstants(double massGeV, double br, double brLow, double brHigh, double fV, double fVLow,
        double fVHigh, double kstarLimit2Sigma, double fAMin2Sigma) {}
