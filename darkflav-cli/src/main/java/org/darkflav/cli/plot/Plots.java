package org.darkflav.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

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
        List<BandPoint> points = sortedBand("expected", expected);
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
        List<BandPoint> points = sortedBand("best fit", bestFit);
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
        Objects.requireNonNull(spec, "plot spec");
        List<String> labels = requireNonEmpty("bin labels", binLabels);
        List<Series> layers = requireNonEmpty("stacked series", stacked);
        int bins = labels.size();
        layers.forEach(s -> requireBins(s.label(), s.y(), bins));
        if (signal != null) {
            requireBins(signal.label(), signal.y(), bins);
        }
        if (data != null) {
            requireBins("data", data, bins);
        }
        double[][] tops = cumulative(layers, bins);

        Range y = new Range(spec.logY());
        for (int l = 0; l < layers.size(); l++) {
            y.addValues(layers.get(l).label() + " (stacked total)", tops[l]);
        }
        if (signal != null) {
            y.addValues(signal.label(), signal.y());
        }
        if (data != null) {
            y.addCounts(data);
        }

        FramedPlot plot = new FramedPlot();
        SymbolAxis x = new SymbolAxis(spec.xLabel(), labels.toArray(String[]::new));
        x.setGridBandsVisible(false);
        x.setRange(-0.5, bins - 0.5);
        x.setVerticalTickLabels(labels.stream().mapToInt(String::length).sum() > 60);
        plot.setDomainAxis(x);
        ValueAxis yAxis = y.axis(spec.yLabel(), true);
        plot.setRangeAxis(yAxis);
        double floor = spec.logY() ? yAxis.getLowerBound() : 0.0;

        XYIntervalSeriesCollection stack = new XYIntervalSeriesCollection();
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.BLACK);
        bars.setDefaultOutlineStroke(new BasicStroke(0.8f));
        for (int l = 0; l < layers.size(); l++) {
            XYIntervalSeries layer = new XYIntervalSeries(l, false, true);
            for (int b = 0; b < bins; b++) {
                double bottom = l == 0 ? floor : Math.max(floor, tops[l - 1][b]);
                double top = Math.max(floor, tops[l][b]);
                layer.add(b, b - 0.5, b + 0.5, top, bottom, top);
            }
            stack.addSeries(layer);
            bars.setSeriesPaint(l, PhysicsStyle.fillColor(l));
        }
        plot.setDataset(0, stack);
        plot.setRenderer(0, bars);

        List<LegendItem> legend = new ArrayList<>();
        if (data != null) {
            plot.setDataset(1, dataPoints(data, floor));
            plot.setRenderer(1, dataRenderer());
            legend.add(PhysicsStyle.dataItem("Data"));
        }
        if (signal != null) {
            Lines lines = new Lines();
            lines.add(steps(signal.label(), signal.y()), PhysicsStyle.SOLID, PhysicsStyle.lineColor(0));
            plot.setDataset(2, lines.dataset);
            plot.setRenderer(2, lines.renderer);
            legend.add(PhysicsStyle.lineItem(signal.label(), PhysicsStyle.SOLID, PhysicsStyle.lineColor(0)));
        }
        for (int l = layers.size() - 1; l >= 0; l--) {
            legend.add(PhysicsStyle.boxItem(layers.get(l).label(), PhysicsStyle.fillColor(l)));
        }
        return new Chart(PhysicsStyle.finish(spec, plot, legend));
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
        List<Series> curves = requireNonEmpty("lines", lines);
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

    private static List<BandPoint> sortedBand(String what, List<BandPoint> points) {
        List<BandPoint> sorted = new ArrayList<>(requireNonEmpty(what + " points", points));
        sorted.forEach(p -> Objects.requireNonNull(p, () -> what + " points contain null"));
        sorted.sort(Comparator.comparingDouble(BandPoint::x));
        return sorted;
    }

    private static <T> List<T> requireNonEmpty(String what, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(what + ": need at least one entry, got "
                    + (list == null ? "null" : "an empty list"));
        }
        return List.copyOf(list);
    }

    private static void requireBins(String what, double[] values, int bins) {
        if (values.length != bins) {
            throw new IllegalArgumentException("'" + what + "' has " + values.length + " values but there are "
                    + bins + " bin labels; give one value per bin");
        }
    }

    /** tops[l][b]: height of the stack up to and including layer l in bin b. */
    private static double[][] cumulative(List<Series> layers, int bins) {
        double[][] tops = new double[layers.size()][bins];
        for (int l = 0; l < layers.size(); l++) {
            double[] y = layers.get(l).y();
            for (int b = 0; b < bins; b++) {
                if (!(y[b] >= 0) || Double.isInfinite(y[b])) {
                    throw new IllegalArgumentException("stacked series '" + layers.get(l).label() + "': bin " + b
                            + " has " + y[b] + "; stacked contributions must be finite and ≥ 0");
                }
                tops[l][b] = (l == 0 ? 0 : tops[l - 1][b]) + y[b];
            }
        }
        return tops;
    }

    private static Series centralLine(List<BandPoint> points) {
        return new Series("central", points.stream().mapToDouble(BandPoint::x).toArray(),
                points.stream().mapToDouble(BandPoint::central).toArray());
    }

    /** A histogram outline: each bin's value drawn flat from its lower to its upper edge. */
    private static Series steps(String label, double[] values) {
        double[] x = new double[2 * values.length];
        double[] y = new double[2 * values.length];
        for (int b = 0; b < values.length; b++) {
            x[2 * b] = b - 0.5;
            x[2 * b + 1] = b + 0.5;
            y[2 * b] = values[b];
            y[2 * b + 1] = values[b];
        }
        return new Series(label, x, y);
    }

    private static XYIntervalSeriesCollection dataPoints(double[] counts, double floor) {
        XYIntervalSeries series = new XYIntervalSeries("data", false, true);
        for (int b = 0; b < counts.length; b++) {
            double n = counts[b];
            double err = Math.sqrt(n);
            // an empty bin has neither marker nor error bar on a log axis (log 0 does not exist)
            double shown = n > floor ? n : Double.NaN;
            double high = n + err > floor ? n + err : Double.NaN;
            series.add(b, b, b, shown, Math.max(floor, n - err), high);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    private static XYErrorRenderer dataRenderer() {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setCapLength(0);
        renderer.setErrorPaint(Color.BLACK);
        renderer.setErrorStroke(PhysicsStyle.THIN);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesShape(0, PhysicsStyle.DATA_MARKER);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesFillPaint(0, Color.BLACK);
        renderer.setUseFillPaint(true);
        return renderer;
    }

    /** Curves with per-series stroke and colour; NaN y values leave gaps. */
    private static final class Lines {
        final XYSeriesCollection dataset = new XYSeriesCollection();
        final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);

        Lines() {
            renderer.setDrawSeriesLineAsPath(true);
        }

        void add(Series s, Stroke stroke, Color color) {
            int index = dataset.getSeriesCount();
            XYSeries series = new XYSeries(index, true, true);
            double[] x = s.x();
            double[] y = s.y();
            for (int i = 0; i < x.length; i++) {
                series.add(x[i], y[i]);
            }
            dataset.addSeries(series);
            renderer.setSeriesStroke(index, stroke);
            renderer.setSeriesPaint(index, color);
        }
    }

    /**
     * Filled bands between a lower and an upper edge. A band with NaN edges is split into separate runs, because
     * the renderer fills one polygon per series and a NaN vertex would corrupt it.
     */
    private static final class Bands {
        final YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        private final List<Color> colors = new ArrayList<>();

        void add(List<BandPoint> points, ToDoubleFunction<BandPoint> lo, ToDoubleFunction<BandPoint> hi,
                Color color) {
            YIntervalSeries run = null;
            for (BandPoint p : points) {
                double l = lo.applyAsDouble(p);
                double h = hi.applyAsDouble(p);
                if (Double.isNaN(l) || Double.isNaN(h)) {
                    run = null;
                    continue;
                }
                if (run == null) {
                    run = new YIntervalSeries(dataset.getSeriesCount(), false, true);
                    dataset.addSeries(run);
                    colors.add(color);
                }
                run.add(p.x(), (l + h) / 2, l, h);
            }
        }

        DeviationRenderer renderer() {
            DeviationRenderer renderer = new DeviationRenderer(false, false);
            renderer.setAlpha(1.0f);
            for (int i = 0; i < colors.size(); i++) {
                renderer.setSeriesFillPaint(i, colors.get(i));
                renderer.setSeriesPaint(i, colors.get(i));
            }
            return renderer;
        }
    }
}
