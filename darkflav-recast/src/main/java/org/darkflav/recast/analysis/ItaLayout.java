package org.darkflav.recast.analysis;

import org.darkflav.recast.data.Binning;

/**
 * The 12-bin Belle II ITA layout of the paper's fit: {@code etaBins} bins of the classifier output
 * η(BDT2), each split into the q²rec bins; bin index = etaBin × q2rec.bins() + q2recBin.
 *
 * @param q2rec reconstructed-q² bins, GeV²
 * @param eta η(BDT2) bin edges
 */
public record ItaLayout(Binning q2rec, Binning eta) {

    /**
     * Belle II 2023 (arXiv:2311.14647): q²rec edges −1, 4, 8, 25 GeV² (internal edges checked from the
     * number densities, outer edges taken from the paper, not confirmed from the likelihood; see the
     * likelihood bundle README) and η(BDT2) edges 0.92, 0.94, 0.96, 0.98, 1.00.
     */
    public static final ItaLayout BELLE2_2023 = new ItaLayout(new Binning(new double[] {-1, 4, 8, 25}),
            new Binning(new double[] {0.92, 0.94, 0.96, 0.98, 1.00}));

    public int bins() {
        return q2rec.bins() * eta.bins();
    }

    public int index(int etaBin, int q2recBin) {
        return etaBin * q2rec.bins() + q2recBin;
    }
}
