package org.darkflav.workflow;

import java.util.Optional;
import org.darkflav.recast.data.AlpacaCurve;

/**
 * The analyses the reproduction scans, in report order: their name (as {@code RecastAnalyses#byName} and
 * summary.json know them), the paper's digitised curve they are compared with, and whether they run on the
 * full-likelihood grid. Whether an analysis is approximate is a property of its scan
 * ({@code ScanResult#approximate}).
 */
public enum ReproducedAnalysis {
    /** Belle II 12-bin simplified model, the paper's method (headline reading). */
    BELLE2_ITA("belle2-ita", AlpacaCurve.BELLE2_B_TO_K, "Belle II", false),
    /** The same with the literal reading of the paper's Appendix. */
    BELLE2_ITA_LITERAL("belle2-ita-literal", AlpacaCurve.BELLE2_B_TO_K, "Belle II", false),
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

    ReproducedAnalysis(String id, AlpacaCurve paperCurve, String paperCurveLabel, boolean fullGrid) {
        this.id = id;
        this.paperCurve = paperCurve;
        this.paperCurveLabel = paperCurveLabel;
        this.fullGrid = fullGrid;
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
