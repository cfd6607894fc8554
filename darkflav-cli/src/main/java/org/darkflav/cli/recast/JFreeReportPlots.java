package org.darkflav.cli.recast;

import org.darkflav.cli.couplings.Fig2Plots;
import org.darkflav.plot.RegionPlots;
import org.darkflav.recast.couplings.CouplingInterpretationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.darkflav.plot.BandPoint;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.Plots;
import org.darkflav.plot.Series;

/** The report's figures drawn with darkflav's JFreeChart plots, as PNG, SVG and PDF. */
final class JFreeReportPlots implements ReportPlots {

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void brazil(Path base, Spec spec, Band expected, Curve observed, List<Curve> overlays) {
        Plots.brazil(plotSpec(spec), points(expected), series(observed), series(overlays)).writeAll(base);
    }

    @Override
    public void bestFitBand(Path base, Spec spec, Band band, List<Curve> overlays) {
        Plots.bestFitBand(plotSpec(spec), points(band), series(overlays)).writeAll(base);
    }

    @Override
    public void lines(Path base, Spec spec, List<Curve> curves) {
        Plots.lines(plotSpec(spec), series(curves)).writeAll(base);
    }

    @Override
    public void stackedBins(Path base, Spec spec, List<String> binLabels, List<Curve> stacked, double[] data,
            Curve line) {
        Plots.stackedBins(plotSpec(spec), binLabels, series(stacked), data, series(line)).writeAll(base);
    }

    private static PlotSpec plotSpec(Spec s) {
        return new PlotSpec(s.title(), s.xLabel(), s.yLabel(), s.logY(), s.notes());
    }

    private static List<BandPoint> points(Band b) {
        List<BandPoint> out = new ArrayList<>(b.x().length);
        for (int i = 0; i < b.x().length; i++) {
            out.add(new BandPoint(b.x()[i], b.central()[i], b.lo1()[i], b.hi1()[i], b.lo2()[i], b.hi2()[i]));
        }
        return out;
    }

    private static Series series(Curve c) {
        return c == null ? null : new Series(c.label(), c.x(), c.y());
    }

    private static List<Series> series(List<Curve> curves) {
        List<Series> out = new ArrayList<>();
        if (curves != null) {
            curves.forEach(c -> out.add(series(c)));
        }
        return out;
    }

    @Override
    public void fig2(Path left, Path right, CouplingInterpretationResult couplings, double[] belle2,
            double belleKstarLimit, Marker brMarker, Marker couplingMarker, String note) {
        Fig2Plots.left(couplings, belle2, belleKstarLimit, note, List.of(marked(brMarker))).writeAll(left);
        Fig2Plots.right(couplings, note, List.of(marked(couplingMarker))).writeAll(right);
    }

    private static RegionPlots.MarkedPoint marked(Marker m) {
        return new RegionPlots.MarkedPoint(m.label(), m.x(), m.y());
    }
}
