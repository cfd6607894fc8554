package org.darkflav.recast.data;

/**
 * A binned B → K(*)νν̄ search in the darkflav bundle format {@value #FORMAT} (documented in
 * {@code org/darkflav/recast/bundles/binned-search-format/README.md}), for data such as BaBar 2013's
 * per-s_B-bin counts once they are transcribed.
 *
 * @param experiment e.g. "BaBar"
 * @param reference citation of the source tables
 * @param mode decay mode, e.g. "B+ -> K+ nu nubar"
 * @param bMassGeV m_B used to convert s_B = q²/m_B² to q²
 * @param sB bin edges in s_B
 * @param observed observed events per bin
 * @param background expected background per bin
 * @param backgroundUncertainty absolute uncertainty of the background per bin
 * @param efficiency signal efficiency per bin (fraction of all produced signal decays that are
 *     reconstructed in that bin, for a signal generated in that bin)
 * @param smSignal expected SM B → K(*)νν̄ events per bin, or null if not given
 * @param nBMesons number of B mesons of the decaying species in the sample
 */
public record BinnedSearchData(String experiment, String reference, String mode, double bMassGeV, Binning sB,
        double[] observed, double[] background, double[] backgroundUncertainty, double[] efficiency,
        double[] smSignal, double nBMesons, Provenance provenance) {

    /** Format identifier written in the JSON's {@code format} field. */
    public static final String FORMAT = "darkflav-binned-search/1";

    public BinnedSearchData {
        int n = sB.bins();
        requireLength("observed", observed, n);
        requireLength("background", background, n);
        requireLength("background_uncertainty", backgroundUncertainty, n);
        requireLength("efficiency", efficiency, n);
        if (smSignal != null) {
            requireLength("sm_signal", smSignal, n);
            smSignal = smSignal.clone();
        }
        for (int b = 0; b < n; b++) {
            if (observed[b] < 0 || background[b] < 0 || backgroundUncertainty[b] < 0 || efficiency[b] < 0
                    || efficiency[b] > 1) {
                throw new BundleException(experiment + " " + mode + ": bin " + b + " has a negative count or "
                        + "uncertainty, or an efficiency outside [0, 1]");
            }
        }
        if (!(nBMesons > 0) || !(bMassGeV > 0)) {
            throw new BundleException(experiment + " " + mode + ": n_b_mesons and b_mass_GeV must be positive");
        }
        observed = observed.clone();
        background = background.clone();
        backgroundUncertainty = backgroundUncertainty.clone();
        efficiency = efficiency.clone();
    }

    private static void requireLength(String field, double[] v, int n) {
        if (v == null || v.length != n) {
            throw new BundleException("binned search: '" + field + "' has " + (v == null ? "no" : v.length)
                    + " entries; the s_B binning has " + n + " bins");
        }
    }

    /** The bins in q² = s_B × m_B², GeV². */
    public Binning q2() {
        double[] e = sB.edges();
        for (int i = 0; i < e.length; i++) {
            e[i] *= bMassGeV * bMassGeV;
        }
        return new Binning(e);
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    @Override
    public double[] background() {
        return background.clone();
    }

    @Override
    public double[] backgroundUncertainty() {
        return backgroundUncertainty.clone();
    }

    @Override
    public double[] efficiency() {
        return efficiency.clone();
    }

    @Override
    public double[] smSignal() {
        return smSignal == null ? null : smSignal.clone();
    }
}
