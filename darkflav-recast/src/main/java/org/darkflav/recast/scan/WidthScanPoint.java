package org.darkflav.recast.scan;

/**
 * The refined best mass of X with a Breit–Wigner width.
 *
 * @param widthGeV Γ_X in GeV (0 = a line)
 * @param best the refined best mass, its interval and the inference there
 */
public record WidthScanPoint(double widthGeV, RefinedBestMass best) {}
