package org.darkflav.recast.data;

/**
 * The digitised curves of {@code altmannshofer2023-fit-curves-alpaca/}; the column order of the band
 * edges differs between files (see its README), which this enum records.
 */
public enum AlpacaCurve {
    /** Paper Fig. 5, Belle II only (blue). */
    BELLE2_B_TO_K("BelleII_BtoK_bestfit.txt", false),
    /** Paper Fig. 5, BaBar only (green); lower edge 0 = at the boundary. */
    BABAR_B_TO_K("Babar_BtoK_bestfit.txt", false),
    /** Paper Fig. 1 left / Fig. 5, combined (red). */
    COMBINED_B_TO_K("BKinv_combined.txt", true),
    /** Paper Fig. 1 right, B → K* X (BaBar). */
    BABAR_B_TO_KSTAR("Babar_BKstarinv.txt", true),
    /** Not from the paper: ALPaca's own recast with the 2025 Belle II likelihood. */
    ALPACA_BELLE2_RECAST_2025("BelleII_BtoKinv.txt", false);

    private final String file;
    private final boolean upperEdgeFirst;

    AlpacaCurve(String file, boolean upperEdgeFirst) {
        this.file = file;
        this.upperEdgeFirst = upperEdgeFirst;
    }

    public String file() {
        return file;
    }

    /** Whether column 3 holds the upper and column 4 the lower 1σ edge. */
    public boolean upperEdgeFirst() {
        return upperEdgeFirst;
    }
}
