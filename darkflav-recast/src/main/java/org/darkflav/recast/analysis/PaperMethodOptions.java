package org.darkflav.recast.analysis;

import org.darkflav.recast.templates.BinnedSignal;
import org.darkflav.recast.templates.GaussianShape;
import org.darkflav.recast.templates.OutOfRangePolicy;

/**
 * Every choice of the paper-method model (Altmannshofer et al., PRD 109, 075008, Appendix), explicit.
 *
 * @param signal the B → K X shape in q²rec and its out-of-range policy (paper: Gaussian σ = 1.5 GeV²)
 * @param normUncertainty relative normalisation uncertainty of each of the four templates (paper: 10 %)
 * @param continuumShapeUncertainty relative per-bin freedom of the continuum template (paper: 10 %)
 * @param continuumShapeModel how the per-bin continuum freedom is modelled
 * @param statErrors which per-bin statistical uncertainty the templates carry
 * @param efficiencyPerEtaBin SM signal efficiency in each η bin (paper: 2 %); fixes N_B, and is the X
 *     efficiency with {@link XEfficiencyModel#FLAT_PER_ETA_BIN}
 * @param xEfficiency how the X efficiency per η bin is obtained
 * @param brPerPoiUnit Br(B → K X) per unit of the X POI (the POI is kept of order one for the minimiser)
 * @param poiUpperBound upper bound of the X POI (Br up to poiUpperBound × brPerPoiUnit)
 * @param xNormalisation how X events convert to Br(B → K X) (the paper does not say; see {@link PaperReading})
 */
public record PaperMethodOptions(BinnedSignal signal, double normUncertainty, double continuumShapeUncertainty,
        ContinuumShapeModel continuumShapeModel, StatErrorModel statErrors, double efficiencyPerEtaBin,
        XEfficiencyModel xEfficiency, double brPerPoiUnit, double poiUpperBound, XNormalisation xNormalisation) {

    /** The paper's Appendix read literally (see {@code doc/recast.md}). */
    public static final PaperMethodOptions PAPER = new PaperMethodOptions(BinnedSignal.PAPER, 0.10, 0.10,
            ContinuumShapeModel.SHAPESYS, StatErrorModel.MC_TEMPLATE, 0.02, XEfficiencyModel.FLAT_PER_ETA_BIN, 1e-5,
            10.0);

    /**
     * The reading of the Appendix that reproduces the paper's numbers (see {@code doc/recast.md}): template
     * statistical uncertainties √(yield) ("obtained from the measured number of events") and the X
     * efficiency per η bin from Belle II's number densities. Independent scipy fits give SM-only
     * 2.80e-5 and, at m_X = 2 GeV, Br = 9.42e-6 at Z = 3.56 (paper: 2.8e-5; 8.8e-6 at 3.6σ). Caveat:
     * away from 2 GeV its Br / paper ratio runs from 0.72 (1 GeV) to 1.65 (2.5 GeV), whereas the
     * flat-efficiency reading has a constant ratio ≈ 2.2; the match at 2 GeV is partly coincidental.
     */
    public static final PaperMethodOptions PAPER_REPRODUCTION = PAPER.withStatErrors(StatErrorModel.SQRT_YIELD)
            .withXEfficiency(XEfficiencyModel.FROM_NUMBER_DENSITIES);

    /**
     * The Appendix with a flat 2 % X efficiency per η bin, the Gaussian integrated over the q²rec bin
     * edges without renormalising (what falls outside the bins is lost), √(yield) template errors and
     * the B⁺ count of the SM template: the common part of the readings of {@link PaperReading}.
     */
    public static final PaperMethodOptions FLAT_TWO_PERCENT = PAPER.withStatErrors(StatErrorModel.SQRT_YIELD)
            .withSignal(new BinnedSignal(GaussianShape.PAPER, OutOfRangePolicy.LOSE_OUTSIDE));

    /** Efficiency of the X signal per η bin. */
    public enum XEfficiencyModel {
        /** The Appendix's text: the X signal has the SM average efficiency, 2 % in every η bin. */
        FLAT_PER_ETA_BIN,
        /**
         * Belle II's q²-dependent efficiency per η bin at q² = m_X², from the ITA number densities
         * (Σ over the η bin's three reco rows of the folded yield); the q²rec split within the η bin still
         * follows the signal shape.
         */
        FROM_NUMBER_DENSITIES
    }

    /** Per-bin continuum shape freedom: the paper lets "each bin fluctuate individually" by 10 %. */
    public enum ContinuumShapeModel {
        /** pyhf shapesys: one γ per bin, Poisson constraint with relative width 10 % (pyhf's standard). */
        SHAPESYS,
        /** One Gaussian-constrained histosys per bin (±10 % of that bin only), i.e. a normsys per bin. */
        PER_BIN_HISTOSYS
    }

    /** Per-bin statistical uncertainty of the templates ("obtained from the measured number of events"). */
    public enum StatErrorModel {
        /** The MC statistical errors of the Belle II templates (staterror). */
        MC_TEMPLATE,
        /** √(yield) of each template, as if each template were a count (staterror). */
        SQRT_YIELD,
        /** No template statistical uncertainty. */
        NONE
    }

    /** The options with N_B from the SM template ({@link XNormalisation.SmTemplate}). */
    public PaperMethodOptions(BinnedSignal signal, double normUncertainty, double continuumShapeUncertainty,
            ContinuumShapeModel continuumShapeModel, StatErrorModel statErrors, double efficiencyPerEtaBin,
            XEfficiencyModel xEfficiency, double brPerPoiUnit, double poiUpperBound) {
        this(signal, normUncertainty, continuumShapeUncertainty, continuumShapeModel, statErrors, efficiencyPerEtaBin,
                xEfficiency, brPerPoiUnit, poiUpperBound, new XNormalisation.SmTemplate());
    }

    public PaperMethodOptions {
        if (signal == null || continuumShapeModel == null || statErrors == null || xEfficiency == null
                || xNormalisation == null) {
            throw new IllegalArgumentException("paper-method options: signal, continuum shape model, stat-error "
                    + "model, X efficiency and X normalisation must all be given");
        }
        if (xEfficiency == XEfficiencyModel.FROM_NUMBER_DENSITIES
                && !(xNormalisation instanceof XNormalisation.SmTemplate)) {
            throw new IllegalArgumentException("the X efficiency from Belle II's number densities carries Belle II's own "
                    + "B count; combine it only with the SM-template normalisation, not " + xNormalisation.label());
        }
        check("normUncertainty", normUncertainty, 0, 1);
        check("continuumShapeUncertainty", continuumShapeUncertainty, 0, 1);
        check("efficiencyPerEtaBin", efficiencyPerEtaBin, 0, 1);
        if (!(efficiencyPerEtaBin > 0) || !(brPerPoiUnit > 0) || !(poiUpperBound > 0)) {
            throw new IllegalArgumentException("efficiencyPerEtaBin, brPerPoiUnit and poiUpperBound must be positive");
        }
    }

    private static void check(String what, double v, double lo, double hi) {
        if (!(v >= lo && v < hi)) {
            throw new IllegalArgumentException(what + " must lie in [" + lo + ", " + hi + "), got " + v);
        }
    }

    public PaperMethodOptions withSignal(BinnedSignal s) {
        return new PaperMethodOptions(s, normUncertainty, continuumShapeUncertainty, continuumShapeModel, statErrors,
                efficiencyPerEtaBin, xEfficiency, brPerPoiUnit, poiUpperBound, xNormalisation);
    }

    public PaperMethodOptions withContinuumShapeModel(ContinuumShapeModel m) {
        return new PaperMethodOptions(signal, normUncertainty, continuumShapeUncertainty, m, statErrors,
                efficiencyPerEtaBin, xEfficiency, brPerPoiUnit, poiUpperBound, xNormalisation);
    }

    public PaperMethodOptions withStatErrors(StatErrorModel m) {
        return new PaperMethodOptions(signal, normUncertainty, continuumShapeUncertainty, continuumShapeModel, m,
                efficiencyPerEtaBin, xEfficiency, brPerPoiUnit, poiUpperBound, xNormalisation);
    }

    public PaperMethodOptions withXEfficiency(XEfficiencyModel m) {
        return new PaperMethodOptions(signal, normUncertainty, continuumShapeUncertainty, continuumShapeModel, statErrors,
                efficiencyPerEtaBin, m, brPerPoiUnit, poiUpperBound, xNormalisation);
    }

    public PaperMethodOptions withXNormalisation(XNormalisation n) {
        return new PaperMethodOptions(signal, normUncertainty, continuumShapeUncertainty, continuumShapeModel, statErrors,
                efficiencyPerEtaBin, xEfficiency, brPerPoiUnit, poiUpperBound, n);
    }
}
