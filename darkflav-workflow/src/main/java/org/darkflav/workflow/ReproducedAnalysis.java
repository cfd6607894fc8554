package org.darkflav.workflow;

import java.util.Optional;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.data.AlpacaCurve;

/**
 * The analyses the reproduction scans, in report order: their name (as {@code RecastAnalyses#byName} and
 * summary.json know them), the paper's digitised curve they are compared with, and whether they run on the
 * full-likelihood grid. Whether an analysis is approximate is a property of its scan
 * ({@code ScanResult#approximate}).
 */
public enum ReproducedAnalysis {
    /** Belle II 12-bin simplified model, the paper's method in its headline reading ({@link PaperReading#HEADLINE}). */
    BELLE2_ITA("belle2-ita", PaperReading.HEADLINE),
    /** The other readings of the paper's Appendix, each under its own name. */
    BELLE2_ITA_EXCESS(PaperReading.EXCESS_NORMALISED),
    BELLE2_ITA_2NBB(PaperReading.TWO_N_BBBAR),
    BELLE2_ITA_BELLE2_EFF(PaperReading.BELLE2_EFFICIENCY),
    BELLE2_ITA_LITERAL(PaperReading.LITERAL),
    /** BaBar's approximate likelihood. */
    BABAR("babar", AlpacaCurve.BABAR_B_TO_K, "BaBar", false),
    /** Belle II paper method + BaBar. */
    COMBINED("combined", AlpacaCurve.COMBINED_B_TO_K, "combined", false),
    /** Belle II's published likelihood (beyond the paper; compared with the paper's Belle II curve). */
    BELLE2_FULL("belle2-full", AlpacaCurve.BELLE2_B_TO_K, "Belle II", true);

    private final String id;
    private final AlpacaCurve paperCurve;
    private final String paperCurveLabel;
    private final boolean fullGrid;
    private final PaperReading reading;

    ReproducedAnalysis(String id, AlpacaCurve paperCurve, String paperCurveLabel, boolean fullGrid) {
        this.id = id;
        this.paperCurve = paperCurve;
        this.paperCurveLabel = paperCurveLabel;
        this.fullGrid = fullGrid;
        this.reading = null;
    }

    /** A paper-method reading under {@code id}. */
    ReproducedAnalysis(String id, PaperReading reading) {
        this.id = id;
        this.paperCurve = AlpacaCurve.BELLE2_B_TO_K;
        this.paperCurveLabel = "Belle II";
        this.fullGrid = false;
        this.reading = reading;
    }

    /** A paper-method reading under its own name. */
    ReproducedAnalysis(PaperReading reading) {
        this(reading.analysisName(), reading);
    }

    /** The reading of the paper's Appendix behind a paper-method analysis. */
    public Optional<PaperReading> reading() {
        return Optional.ofNullable(reading);
    }

    /** The name in summary.json, tables and figures. */
    public String id() {
        return id;
    }

    /** The paper's digitised curve of the same quantity, if the paper has one. */
    public Optional<AlpacaCurve> paperCurve() {
        return Optional.ofNullable(paperCurve);
    }

    /** What the paper's curve shows, for legends: "Belle II", "BaBar", "combined". */
    public String paperCurveLabel() {
        return paperCurveLabel;
    }

    /** Whether the analysis runs on {@link ReproductionConfig#fullGrid()} (else {@link ReproductionConfig#grid()}). */
    public boolean usesFullGrid() {
        return fullGrid;
    }

    @Override
    public String toString() {
        return id;
    }
}
