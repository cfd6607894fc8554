package org.darkflav.recast.scan;

import java.util.List;
import org.darkflav.recast.templates.BinnedSignal;
import org.darkflav.recast.templates.BreitWignerGaussianShape;
import org.darkflav.recast.templates.CrystalBallShape;
import org.darkflav.recast.templates.GaussianShape;
import org.darkflav.recast.templates.OutOfRangePolicy;

/**
 * One choice of the B → K X signal shape in q²rec for the shape systematics of the paper method.
 *
 * @param name short name for tables and JSON keys
 * @param signal the binned signal (shape and out-of-range policy)
 */
public record ShapeVariant(String name, BinnedSignal signal) {

    /** Upper end of the true q² of a Breit–Wigner X: (m_B⁺ − m_K⁺)² = 22.9026 GeV², rounded to 22.90. */
    public static final double Q2_TRUE_MAX = 22.90;

    /**
     * Crystal Ball defaults: α = 1.0 core widths, n = 3, tail towards high q²rec (particles lost in the
     * reconstruction raise the missing mass). Illustrative values, not a Belle II fit.
     */
    public static final CrystalBallShape CRYSTAL_BALL = new CrystalBallShape(1.5, 1.0, 3.0, CrystalBallShape.Tail.HIGH);

    /**
     * Breit–Wigner default: Γ = 0.2 GeV (a broad dark resonance, γ = m_X Γ = 0.4 GeV² at 2 GeV), true q²
     * in [0, (m_B − m_K)²]. Illustrative, not a model prediction.
     */
    public static final BreitWignerGaussianShape BREIT_WIGNER = new BreitWignerGaussianShape(0.2, 1.5, 0.0, Q2_TRUE_MAX);

    /** The nominal variant: the paper's Gaussian σ = 1.5 GeV² ({@link BinnedSignal#PAPER}). */
    public static final ShapeVariant NOMINAL = new ShapeVariant("gauss_sigma1.5", BinnedSignal.PAPER);

    public ShapeVariant {
        if (name == null || name.isBlank() || signal == null) {
            throw new IllegalArgumentException("a shape variant needs a name and a binned signal");
        }
    }

    /**
     * The standard set, nominal first: Gaussian σ = 1.0, 1.5, 2.0 GeV²; Crystal Ball and BW ⊗ Gaussian at
     * σ = 1.5 GeV² ({@link #CRYSTAL_BALL}, {@link #BREIT_WIGNER}). The policy here is renormalisation;
     * {@link ShapeSystematics} replaces it by the headline reading's own out-of-range policy.
     */
    public static List<ShapeVariant> standard() {
        OutOfRangePolicy p = OutOfRangePolicy.RENORMALISE_TO_BINNED_RANGE;
        return List.of(NOMINAL,
                new ShapeVariant("gauss_sigma1.0", new BinnedSignal(new GaussianShape(1.0), p)),
                new ShapeVariant("gauss_sigma2.0", new BinnedSignal(new GaussianShape(2.0), p)),
                new ShapeVariant("crystal_ball", new BinnedSignal(CRYSTAL_BALL, p)),
                new ShapeVariant("bw_x_gauss", new BinnedSignal(BREIT_WIGNER, p)));
    }

    /** Label for reports, with every parameter. */
    public String label() {
        return name + ": " + signal.shape().label();
    }
}
