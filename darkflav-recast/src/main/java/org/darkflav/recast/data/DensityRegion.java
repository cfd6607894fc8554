package org.darkflav.recast.data;

/** The three number-density tables of the Belle II likelihood, with the channel each one folds into. */
public enum DensityRegion {
    /** ITA on-resonance, η(BDT2) ∈ [0.94, 1.00], 9 reco bins. */
    ITA_A("number_density_ita_regA.csv",
            "A__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomSR_Y4S"),
    /** ITA on-resonance, η(BDT2) ∈ [0.92, 0.94], 3 reco bins. */
    ITA_B("number_density_ita_regB.csv",
            "B__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomCR_Y4S"),
    /** HTA signal region, 6 bins of the classifier output. */
    HTA("number_density_hta.csv", "sgn1_had");

    private final String file;
    private final String channel;

    DensityRegion(String file, String channel) {
        this.file = file;
        this.channel = channel;
    }

    public String file() {
        return file;
    }

    /** Name of the channel of the published workspace whose bins are this table's rows. */
    public String channel() {
        return channel;
    }
}
