package org.darkflav.recast.analysis;

import org.darkflav.recast.data.AlpacaCurve;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.FitCurve;

/**
 * APPROXIMATE BaBar likelihood in Br(B → K X) per mass, built from the paper's digitised BaBar-only
 * best fit and 1σ band (Fig. 5, via ALPaca) because the per-s_B-bin BaBar data are not public in
 * machine-readable form. Each mass gets an {@link AsymmetricGaussian} (truncated at Br ≥ 0) from the
 * band linearly interpolated in m_X. Every result using it must be labelled approximate.
 */
public record BabarApproximateLikelihood(FitCurve curve) {

    /** Label for tables and plots. */
    public static final String NOTE = "APPROXIMATE: BaBar represented by an asymmetric Gaussian in Br from the "
            + "digitised BaBar-only curve of Altmannshofer et al. (Fig. 5), not by BaBar's binned data";

    public static BabarApproximateLikelihood fromBundles(AnalysisBundles bundles) {
        return new BabarApproximateLikelihood(bundles.fitCurve(AlpacaCurve.BABAR_B_TO_K));
    }

    /** The approximate likelihood at {@code massGeV} (inside the tabulated range 0.10–2.92 GeV). */
    public AsymmetricGaussian at(double massGeV) {
        double[] v = curve.at(massGeV);
        return AsymmetricGaussian.fromBand(v[0], v[1], v[2]);
    }

    public boolean approximate() {
        return true;
    }
}
