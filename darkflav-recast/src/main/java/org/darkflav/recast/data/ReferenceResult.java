package org.darkflav.recast.data;

/**
 * A published light-X result to compare with (not an input of any fit): the preferred mass and
 * branching fraction with asymmetric errors, the significance and the X widths the study used.
 *
 * @param mass preferred m_X in GeV
 * @param massErrLo distance down to the lower edge of the mass interval
 * @param massErrHi distance up to its upper edge
 * @param br preferred Br (for Gärtner et al.: Br × P_inv)
 * @param brErrLo distance down to the lower edge of the Br interval
 * @param brErrHi distance up to its upper edge
 * @param significance significance in σ
 * @param widthsGeV the Breit–Wigner widths of X the study used
 * @param citation one line: authors, arXiv number
 */
public record ReferenceResult(double mass, double massErrLo, double massErrHi, double br, double brErrLo,
        double brErrHi, double significance, double[] widthsGeV, String citation, Provenance provenance) {

    public ReferenceResult {
        widthsGeV = widthsGeV.clone();
    }

    @Override
    public double[] widthsGeV() {
        return widthsGeV.clone();
    }
}
