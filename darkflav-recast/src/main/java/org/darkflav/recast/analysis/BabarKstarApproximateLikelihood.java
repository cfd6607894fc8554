package org.darkflav.recast.analysis;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.recast.data.AlpacaCurve;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.FitCurve;

/**
 * APPROXIMATE BaBar likelihood in Br(B → K* X) per mass (paper Fig. 1 right: "only BaBar data
 * available"), built like {@link BabarApproximateLikelihood} from the paper's digitised best fit and
 * 1σ band ({@code Babar_BKstarinv.txt}, via ALPaca) because BaBar's per-bin K* data are not public.
 * Every digitised lower edge is 0, so each mass gets an {@link AsymmetricGaussian} with σ₊ from the
 * upper edge and the boundary-aware guess σ₋ = max(σ₊, best); Br ≥ 0.
 *
 * <p>Upper limits: the best fit is ≥ 0, so it is the minimum of the bounded profile and the limit at
 * confidence level CL is the Br above it where −2ΔlnL reaches the chi-square (1 dof) quantile:
 * Δχ² = 2.706 (90 %), 3.841 (95 %), and Δχ² = 4 for the "2σ" of the paper's F_A bound. This is the
 * upper end of the two-sided likelihood-ratio interval (the paper quotes its regions in Δχ² as well);
 * a one-sided construction would use 1.642 / 2.706 and give lower limits.
 *
 * <p>Above {@link #RELIABLE_MAX_MASS_GEV} the digitised band closes to Br ≈ 0 at 2.88 GeV, where the
 * curve stops: an artefact of the figure, not a measurement; scans stop there.
 */
public record BabarKstarApproximateLikelihood(FitCurve curve) {

    /** −2ΔlnL thresholds of the limits. */
    public static final double DCHI2_90 = 2.705543454095404;
    public static final double DCHI2_95 = 3.841458820694124;
    public static final double DCHI2_2SIGMA = 4.0;

    /** Last mass where the digitised band is a measurement (it closes to zero above, see class doc). */
    public static final double RELIABLE_MAX_MASS_GEV = 2.70;

    /** Label for tables and plots. */
    public static final String NOTE = "APPROXIMATE: BaBar B -> K* X represented by an asymmetric Gaussian in Br from "
            + "the digitised curve of Altmannshofer et al. (Fig. 1 right; lower 1 sigma edge at Br = 0 everywhere, so "
            + "the lower width is a guess), not by BaBar's binned data; limits where -2 dlnL = 2.71 (90 %), 3.84 "
            + "(95 %), 4 (2 sigma)";

    public static BabarKstarApproximateLikelihood fromBundles(AnalysisBundles bundles) {
        return new BabarKstarApproximateLikelihood(bundles.fitCurve(AlpacaCurve.BABAR_B_TO_KSTAR));
    }

    /**
     * The approximate −2ΔlnL(Br(B → K* X)) at {@code massGeV}, with value and derivative in Br (for
     * coupling fits); inside the tabulated range 0.10–2.88 GeV.
     */
    public AsymmetricGaussian at(double massGeV) {
        return new BabarApproximateLikelihood(curve).at(massGeV);
    }

    /** Best fit, 1σ interval and the 90 %, 95 % and 2σ upper limits at {@code massGeV}. */
    public KstarXLimit limits(double massGeV) {
        AsymmetricGaussian g = at(massGeV);
        return new KstarXLimit(massGeV, g.best(), g.best() - g.lowerEdge(), g.sigmaPlus(), g.upperLimit(DCHI2_90),
                g.upperLimit(DCHI2_95), g.upperLimit(DCHI2_2SIGMA), g.lowerEdgeAtBoundary());
    }

    /** {@link #limits} at each mass of {@code masses} inside [{@link #minMass}, {@link #RELIABLE_MAX_MASS_GEV}]. */
    public List<KstarXLimit> scan(double[] masses) {
        List<KstarXLimit> out = new ArrayList<>();
        for (double m : masses) {
            if (m >= minMass() - 1e-12 && m <= RELIABLE_MAX_MASS_GEV + 1e-12) {
                out.add(limits(Math.max(m, minMass())));
            }
        }
        return out;
    }

    public double minMass() {
        return curve.minMass();
    }

    public double maxMass() {
        return curve.maxMass();
    }

    public boolean approximate() {
        return true;
    }
}
