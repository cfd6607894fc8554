package org.darkflav.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.plot.Chart;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.RegionPlots;
import org.darkflav.plot.Series;
import org.darkflav.recast.couplings.CouplingInterpretationResult;
import org.darkflav.recast.couplings.DeltaChi2Grid;
import org.darkflav.recast.couplings.LineTension;

/** The paper's Fig. 2: left, Br(B → K Z′) against Br(B → K* Z′); right, the g_L–g_R plane. */
public final class Fig2Figures {

    private static final double[] LEVELS = {CouplingInterpretationResult.LEVEL_68, CouplingInterpretationResult.LEVEL_95};
    private static final String[] LEVEL_LABELS = {"data, Δχ² < 2.30", "data, Δχ² < 6.18"};

    private Fig2Figures() {}

    /**
     * @param belle2 Belle II-only Br(B → K X) at this mass: {best, err_lo, err_hi} (the blue band)
     * @param belleKstarLimit Belle's 2017 90 % CL limit on Br(B → K* ν ν̄), drawn as a horizontal line
     */
    public static Chart left(CouplingInterpretationResult r, double[] belle2, double belleKstarLimit, String note,
            List<RegionPlots.MarkedPoint> points) {
        DeltaChi2Grid g = r.brPlane();
        double xMax = g.x()[g.x().length - 1];
        double yMax = g.y()[g.y().length - 1];
        List<Series> lines = new ArrayList<>();
        for (LineTension t : r.lines()) {
            double end = Math.min(xMax, yMax / t.line().ratio());
            lines.add(new Series(String.format(Locale.ROOT, "%s (K*/K = %.2g)", shortLabel(t), t.line().ratio()),
                    new double[] {0, end}, new double[] {0, end * t.line().ratio()}));
        }
        List<RegionPlots.VerticalBand> bands = new ArrayList<>();
        if (belle2 != null) {
            bands.add(new RegionPlots.VerticalBand("Belle II only, 2σ", belle2[0] - 2 * belle2[1],
                    belle2[0] + 2 * belle2[2], new Color(120, 160, 230)));
            bands.add(new RegionPlots.VerticalBand("Belle II only, 1σ", belle2[0] - belle2[1], belle2[0] + belle2[2],
                    new Color(40, 80, 200)));
        }
        List<RegionPlots.HorizontalLine> limits = Double.isFinite(belleKstarLimit) && belleKstarLimit < yMax
                ? List.of(new RegionPlots.HorizontalLine("Belle 2017, 90 % CL on B → K*νν̄", belleKstarLimit))
                : List.of();
        PlotSpec spec = new PlotSpec(String.format(Locale.ROOT, "m_Z' = %.2f GeV, %s", r.massGeV(), note),
                "Br(B → K Z')", "Br(B → K* Z')", false, List.of());
        return RegionPlots.regions(spec, g.x(), g.y(), g.values(), LEVELS, LEVEL_LABELS, lines, bands, limits, points);
    }

    /** "dim 4/6, g_L or g_R only" from the line's long label. */
    private static String shortLabel(LineTension t) {
        return t.line().label().replace("Z' dim 4 and Z' dim 6", "dim 4/6").replace("Z' dim ", "dim ")
                .replace(" (dipole)", "");
    }

    public static Chart right(CouplingInterpretationResult r, String note, List<RegionPlots.MarkedPoint> points) {
        DeltaChi2Grid g = r.dim4Plane();
        double max = g.x()[g.x().length - 1];
        Series vector = new Series("vector, g_L = g_R", new double[] {-max, max}, new double[] {-max, max});
        PlotSpec spec = new PlotSpec(String.format(Locale.ROOT, "dimension-4 Z', m_Z' = %.2f GeV, %s", r.massGeV(),
                note), "g_L", "g_R", false, List.of());
        return RegionPlots.regions(spec, g.x(), g.y(), g.values(), LEVELS, LEVEL_LABELS, List.of(vector), List.of(),
                List.of(), points);
    }
}
