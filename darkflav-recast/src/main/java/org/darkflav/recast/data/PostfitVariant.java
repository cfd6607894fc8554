package org.darkflav.recast.data;

/** Which of our two fits of the published likelihood produced a postfit table. */
public enum PostfitVariant {
    /** Fit of the ITA channels A–D only (μ = 5.484). */
    ITA_ONLY("itafit_"),
    /** Fit of all five channels (μ = 4.663; a converged fit gives 4.600, see the bundle README). */
    ITA_HTA_COMBINED("combfit_");

    private final String prefix;

    PostfitVariant(String prefix) {
        this.prefix = prefix;
    }

    /** Column prefix in {@code ita_12bin_postfit.csv}. */
    public String prefix() {
        return prefix;
    }
}
