package org.darkflav.recast.scan;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.data.AlpacaCurve;
import org.darkflav.recast.data.FitCurve;

/**
 * Every {@link PaperReading} scanned (best fit, interval and Z; no limits) and compared with the paper's
 * digitised Belle II-only curve mass by mass: the evidence for choosing the headline reading.
 */
public final class PaperReadingComparison {

    /** The masses the comparison runs on: 0.5–2.9 GeV in 0.1 GeV (above, the paper's curve is ≈ 0). */
    public static final MassGrid GRID = new MassGrid(0.5, 2.9, 0.1);
    /** The acceptance window of darkflav / paper. */
    public static final double RATIO_LOW = 0.8;
    public static final double RATIO_HIGH = 1.25;

    private final RecastAnalyses analyses;
    private final MassScan scan;

    public PaperReadingComparison(RecastAnalyses analyses, MassScan scan) {
        this.analyses = analyses;
        this.scan = scan;
    }

    /** One comparison per reading, in {@link PaperReading} order, on {@link #GRID}. */
    public List<CurveComparison> run(ProgressListener progress) {
        FitCurve paper = analyses.bundles().fitCurve(AlpacaCurve.BELLE2_B_TO_K);
        List<CurveComparison> out = new ArrayList<>();
        for (PaperReading r : PaperReading.values()) {
            WorkspaceAnalysis a = analyses.paperAnalysis(r).withLimits(false);
            ScanResult s = scan.scan(a, GRID, progress);
            out.add(CurveComparison.of(s, paper, GRID.lo(), GRID.hi(), RATIO_LOW, RATIO_HIGH));
        }
        return out;
    }
}
