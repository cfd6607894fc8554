package org.darkflav.plot;

import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

/**
 * Factory for darkflav's report figures. Every method validates its input (clear {@link IllegalArgumentException}
 * naming the offending series and point) and returns a {@link Chart} ready to write as PNG, SVG or PDF.
 */
public final class Plots {

    static {
        Headless.ensure();
    }

    private Plots() {}

    /**
     * Brazil plot of a limit scan: expected median (dashed), ±1σ green and ±2σ yellow bands, observed (solid
     * black) and extra overlay series (dotted, e.g. digitised paper curves).
     *
     * @param observed may be null (expected only)
     * @param overlays may be null or empty
     */
    public static Chart brazil(PlotSpec spec, List<BandPoint> expected, Series observed, List<Series> overlays) {
        Objects.requireNonNull(spec, "plot spec");
        List<BandPoint> points = PlotInputs.sortedBand("expected", expected);
        List<Series> extra = overlays == null ? List.of() : List.copyOf(overlays);
        Range y = new Range(spec.logY());
        y.addBand("expected", points, true);
        if (observed != null) {
            y.addSeries(observed);
        }
        extra.forEach(y::addSeries);

        FramedPlot plot = new FramedPlot();
        plot.setDomainAxis(PhysicsStyle.xAxis(spec.xLabel()));
        plot.setRangeAxis(y.axis(spec.yLabel(), true));

        Bands bands = new Bands();
        bands.add(points, BandPoint::lo2, BandPoint::hi2, PhysicsStyle.YELLOW);
        bands.add(points, BandPoint::lo1, BandPoint::hi1, PhysicsStyle.GREEN);
        plot.setDataset(0, bands.dataset);
        plot.setRenderer(0, bands.renderer());

        Lines lines = new Lines();
        lines.add(centralLine(points), PhysicsStyle.DASHED, Color.BLACK);
        for (int i = 0; i < extra.size(); i++) {
            lines.add(extra.get(i), PhysicsStyle.DOTTED, PhysicsStyle.lineColor(i));
        }
        if (observed != null) {
            lines.add(observed, PhysicsStyle.SOLID, Color.BLACK);
        }
        plot.setDataset(1, lines.dataset);
        plot.setRenderer(1, lines.renderer);

        List<LegendItem> legend = new ArrayList<>();
        if (observed != null) {
            legend.add(PhysicsStyle.lineItem(observed.label(), PhysicsStyle.SOLID, Color.BLACK));
        }
        legend.add(PhysicsStyle.lineItem("Expected", PhysicsStyle.DASHED, Color.BLACK));
        legend.add(PhysicsStyle.boxItem("Expected ±1σ", PhysicsStyle.GREEN));
        legend.add(PhysicsStyle.boxItem("Expected ±2σ", PhysicsStyle.YELLOW));
        for (int i = 0; i < extra.size(); i++) {
            legend.add(PhysicsStyle.lineItem(extra.get(i).label(), PhysicsStyle.DOTTED, PhysicsStyle.lineColor(i)));
        }
        return new Chart(PhysicsStyle.finish(spec, plot, legend));
    }

    /**
     * Best fit with its ±1σ band (e.g. Br(B → K X) against m_X) plus overlays (dotted, e.g. paper curves).
     * {@link BandPoint#lo2()} and {@link BandPoint#hi2()} are ignored.
     *
     * @param overlays may be null or empty
     */
    public static Chart bestFitBand(PlotSpec spec, List<BandPoint> bestFit, List<Series> overlays) {
        Objects.requireNonNull(spec, "plot spec");
        List<BandPoint> points = PlotInputs.sortedBand("best fit", bestFit);
        List<Series> extra = overlays == null ? List.of() : List.copyOf(overlays);
        Range y = new Range(spec.logY());
        y.addBand("best fit", points, false);
        extra.forEach(y::addSeries);

        FramedPlot plot = new FramedPlot();
        plot.setDomainAxis(PhysicsStyle.xAxis(spec.xLabel()));
        plot.setRangeAxis(y.axis(spec.yLabel(), true));

        Bands bands = new Bands();
        bands.add(points, BandPoint::lo1, BandPoint::hi1, PhysicsStyle.BEST_FIT_BAND);
        plot.setDataset(0, bands.dataset);
        plot.setRenderer(0, bands.renderer());

        Lines lines = new Lines();
        for (int i = 0; i < extra.size(); i++) {
            lines.add(extra.get(i), PhysicsStyle.DOTTED, PhysicsStyle.lineColor(i));
        }
        lines.add(centralLine(points), PhysicsStyle.SOLID, Color.BLACK);
        plot.setDataset(1, lines.dataset);
        plot.setRenderer(1, lines.renderer);

        List<LegendItem> legend = new ArrayList<>();
        legend.add(PhysicsStyle.lineItem("Best fit", PhysicsStyle.SOLID, Color.BLACK));
        legend.add(PhysicsStyle.boxItem("±1σ", PhysicsStyle.BEST_FIT_BAND));
        for (int i = 0; i < extra.size(); i++) {
            legend.add(PhysicsStyle.lineItem(extra.get(i).label(), PhysicsStyle.DOTTED, PhysicsStyle.lineColor(i)));
        }
        return new Chart(PhysicsStyle.finish(spec, plot, legend));
    }

    /**
     * Stacked histogram of backgrounds per bin, data points with √n error bars and an optional signal drawn as a
     * step line on its own (not stacked; pass background + signal if you want it on top). Bins sit at 0, 1, ...
     * labelled with {@code binLabels}; the x values of the series are ignored, their y values are the bin
     * contents, one per bin. The first stacked series is at the bottom.
     *
     * @param data event counts per bin (≥ 0), or null for no data
     * @param signal may be null
     */
    public static Chart stackedBins(PlotSpec spec, List<String> binLabels, List<Series> stacked, double[] data,
            Series signal) {
        return StackedBins.chart(spec, binLabels, stacked, data, signal);
    }

    /**
     * Pull plot: one row per entry, first on top, a point with its horizontal error bar over green ±1 and yellow
     * ±2 bands (cabinetry's pull plot). The x label is the value axis, the y label the rows' (may be empty); the
     * chart is as tall as its rows need.
     */
    public static Chart pulls(PlotSpec spec, List<PullRow> rows) {
        return PullChart.chart(spec, rows);
    }

    /**
     * Impact ranking: per row, first on top, post-fit impacts up and down as filled bars and pre-fit ones as open
     * bars on the bottom axis (labelled with the x label), pulls with their errors on the top axis labelled
     * {@code pullLabel} (cabinetry's ranking plot). The legend sits above the rows.
     */
    public static Chart impacts(PlotSpec spec, String pullLabel, List<ImpactRow> rows) {
        return ImpactChart.chart(spec, pullLabel, rows);
    }

    /**
     * Heat map of a correlation matrix on a diverging scale from −1 to +1 with a colour bar; values printed in the
     * cells when there are at most 25 entries. {@code values[i][j]} is the cell of row i (from the top), column j.
     */
    public static Chart correlations(PlotSpec spec, List<String> labels, double[][] values) {
        return CorrelationChart.chart(spec, labels, values);
    }

    /**
     * Stacked distribution over a ratio panel (cabinetry's data/model figure): layers stacked per bin (the first
     * at the bottom), a hatched band of ± {@code uncertainty} around their total (NaN leaves a bin without band),
     * data points with their error bars, and data / total with the relative band below.
     *
     * @param binEdges increasing, one more than the bins
     * @param data may be null (no points)
     */
    public static Chart stackedWithRatio(PlotSpec spec, double[] binEdges, List<StackLayer> layers,
            double[] uncertainty, DataPoints data) {
        return RatioStack.chart(spec, binEdges, layers, uncertainty, data);
    }

    /**
     * Plain curves, e.g. Δ(2NLL) or the local significance against mass: the first solid black, the next in
     * colours, dash patterns once colours run out. A single line gets no legend.
     */
    public static Chart lines(PlotSpec spec, List<Series> lines) {
        return lines(spec, lines, List.of());
    }

    /**
     * Plain curves with thin grey dashed horizontal reference lines, e.g. Δ(2NLL) = 1 and 4, or Z = 3 and 5.
     * Reference lines do not widen the y range; one outside it is simply not visible.
     */
    public static Chart lines(PlotSpec spec, List<Series> lines, List<Double> horizontalLines) {
        Objects.requireNonNull(spec, "plot spec");
        List<Double> references = horizontalLines == null ? List.of() : List.copyOf(horizontalLines);
        for (double r : references) {
            if (!Double.isFinite(r) || (spec.logY() && r <= 0)) {
                throw new IllegalArgumentException("horizontal reference line at y = " + r + " cannot be drawn"
                        + (spec.logY() ? " on a log y axis (must be finite and > 0)" : " (must be finite)"));
            }
        }
        List<Series> curves = PlotInputs.requireNonEmpty("lines", lines);
        Range y = new Range(spec.logY());
        curves.forEach(y::addSeries);

        FramedPlot plot = new FramedPlot();
        plot.setDomainAxis(PhysicsStyle.xAxis(spec.xLabel()));
        plot.setRangeAxis(y.axis(spec.yLabel(), false));
        Lines drawn = new Lines();
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            Color color = i == 0 ? Color.BLACK : PhysicsStyle.lineColor(i - 1);
            Stroke stroke = PhysicsStyle.lineStroke(i == 0 ? 0 : i - 1);
            drawn.add(curves.get(i), stroke, color);
            legend.add(PhysicsStyle.lineItem(curves.get(i).label(), stroke, color));
        }
        plot.setDataset(0, drawn.dataset);
        plot.setRenderer(0, drawn.renderer);
        for (double r : references) {
            plot.addRangeMarker(new ValueMarker(r, Color.GRAY, PhysicsStyle.REFERENCE), Layer.BACKGROUND);
        }
        return new Chart(PhysicsStyle.finish(spec, plot, curves.size() > 1 ? legend : List.of()));
    }

    private static Series centralLine(List<BandPoint> points) {
        return new Series("central", points.stream().mapToDouble(BandPoint::x).toArray(),
                points.stream().mapToDouble(BandPoint::central).toArray());
    }
}
