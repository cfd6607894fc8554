package org.darkflav.plot;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The stacked distribution behind {@link Plots#stackedWithRatio}, as cabinetry's data/model figure: layers
 * stacked per bin, a hatched band of the total's uncertainty, data points with their error bars, and under it a
 * ratio panel with data / total and the band relative to the total around a dashed line at 1.
 */
final class RatioStack {

    static final int WIDTH = 600;
    static final int HEIGHT = 600;
    /** Height of the main panel in pixels at the default size, to reserve head room for the legend. */
    private static final double MAIN_PANEL = 0.75 * (HEIGHT - 90);
    private static final double LEGEND_LINE = 16;

    private RatioStack() {}

    static Chart chart(PlotSpec spec, double[] edges, List<StackLayer> layers, double[] uncertainty,
            DataPoints data) {
        Objects.requireNonNull(spec, "plot spec");
        List<StackLayer> stack = PlotInputs.requireNonEmpty("stacked layers", layers);
        int bins = edges.length - 1;
        checkEdges(edges);
        stack.forEach(l -> requireBins("layer '" + l.label() + "'", l.values().length, bins));
        requireBins("uncertainty", uncertainty.length, bins);
        if (data != null) {
            requireBins("data '" + data.label() + "'", data.size(), bins);
        }
        double[][] tops = tops(stack, bins);
        double[] total = tops[stack.size() - 1];

        FramedPlot main = new FramedPlot();
        ValueAxis y = yAxis(spec, total, uncertainty, data, stack.size() + (data == null ? 1 : 2));
        main.setRangeAxis(y);
        double floor = spec.logY() ? y.getLowerBound() : 0;
        main.setDataset(0, layers(stack, edges, tops, floor));
        main.setRenderer(0, layerRenderer(stack));
        main.setDataset(1, band(edges, total, uncertainty));
        main.setRenderer(1, hatchRenderer());
        List<LegendItem> legend = new ArrayList<>();
        for (int l = stack.size() - 1; l >= 0; l--) {
            legend.add(PhysicsStyle.boxItem(stack.get(l).label(), PhysicsStyle.fillColor(stack.get(l).colorSlot())));
        }
        legend.add(HatchPainter.legendItem("Uncertainty"));
        if (data != null) {
            main.setDataset(2, points(edges, data.values(), data.errorLow(), data.errorHigh(), null, floor));
            main.setRenderer(2, StackedBins.dataRenderer());
            legend.add(PhysicsStyle.dataItem(data.label()));
        }

        FramedPlot ratio = ratioPanel(edges, total, uncertainty, data);
        NumberAxis x = new NumberAxis(spec.xLabel());
        x.setRange(edges[0], edges[bins]);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(0);
        combined.add(main, 3);
        combined.add(ratio, 1);
        PhysicsStyle.frame(main);
        PhysicsStyle.frame(ratio);
        for (FramedPlot p : List.of(main, ratio)) {
            p.setInsets(RectangleInsets.ZERO_INSETS);
        }
        combined.setInsets(new RectangleInsets(10, 10, 10, 20));
        if (integerEdges(edges)) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            x.setMinorTickCount(1);
        }
        PhysicsStyle.addLegend(main, legend);
        PhysicsStyle.addNotes(main, spec.notes());
        return new Chart(PhysicsStyle.chart(spec.title(), combined), WIDTH, HEIGHT);
    }

    private static void checkEdges(double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException("bin edges: need at least two, got " + edges.length);
        }
        for (int b = 0; b + 1 < edges.length; b++) {
            if (!(edges[b] < edges[b + 1]) || !Double.isFinite(edges[b]) || !Double.isFinite(edges[b + 1])) {
                throw new IllegalArgumentException("bin edges must be finite and increasing; edge " + b + " is "
                        + edges[b] + ", edge " + (b + 1) + " is " + edges[b + 1]);
            }
        }
    }

    private static void requireBins(String what, int values, int bins) {
        if (values != bins) {
            throw new IllegalArgumentException(what + " has " + values + " values for " + bins + " bins");
        }
    }

    /** tops[l][b]: height of the stack up to and including layer l in bin b. */
    private static double[][] tops(List<StackLayer> stack, int bins) {
        double[][] tops = new double[stack.size()][bins];
        for (int l = 0; l < stack.size(); l++) {
            double[] v = stack.get(l).values();
            for (int b = 0; b < bins; b++) {
                tops[l][b] = (l == 0 ? 0 : tops[l - 1][b]) + v[b];
            }
        }
        return tops;
    }

    /**
     * Linear from 0, or log from a decade below the smallest positive total; the top leaves the upper part of
     * the panel to the legend (at least a third, as cabinetry's 50 % head room).
     */
    private static ValueAxis yAxis(PlotSpec spec, double[] total, double[] sigma, DataPoints data, int entries) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int b = 0; b < total.length; b++) {
            max = Math.max(max, total[b] + (Double.isNaN(sigma[b]) ? 0 : sigma[b]));
            if (total[b] > 0) {
                min = Math.min(min, total[b]);
            }
            if (data != null) {
                max = Math.max(max, data.values()[b] + data.errorHigh()[b]);
            }
        }
        if (!(max > 0)) {
            throw new IllegalArgumentException("nothing to draw: every bin is empty");
        }
        int lines = Math.max(entries, spec.notes().size());
        double free = 1 - Math.max(1.0 / 3, Math.min(0.7, (lines * LEGEND_LINE + 12) / MAIN_PANEL));
        if (!spec.logY()) {
            NumberAxis axis = new NumberAxis(spec.yLabel());
            axis.setRange(0, max / free);
            return axis;
        }
        double low = Math.floor(Math.log10(min / 10));
        double high = low + (Math.log10(max) - low) / free;
        LogAxis axis = PhysicsStyle.logYAxis(spec.yLabel(), min, max);
        axis.setRange(Math.pow(10, low), Math.pow(10, high));
        return axis;
    }

    private static XYIntervalSeriesCollection layers(List<StackLayer> stack, double[] edges, double[][] tops,
            double floor) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        for (int l = 0; l < stack.size(); l++) {
            XYIntervalSeries layer = new XYIntervalSeries(l, false, true);
            for (int b = 0; b + 1 < edges.length; b++) {
                double bottom = Math.max(floor, l == 0 ? 0 : tops[l - 1][b]);
                double top = Math.max(floor, tops[l][b]);
                layer.add((edges[b] + edges[b + 1]) / 2, edges[b], edges[b + 1], top, bottom, top);
            }
            dataset.addSeries(layer);
        }
        return dataset;
    }

    private static XYBarRenderer layerRenderer(List<StackLayer> stack) {
        XYBarRenderer bars = StackedBins.outlinedBars(0.5f);
        for (int l = 0; l < stack.size(); l++) {
            bars.setSeriesPaint(l, PhysicsStyle.fillColor(stack.get(l).colorSlot()));
        }
        return bars;
    }

    /** center ± half-width per bin; bins where either is NaN or the width is 0 have no band. */
    private static XYIntervalSeriesCollection band(double[] edges, double[] center, double[] halfWidth) {
        XYIntervalSeries band = new XYIntervalSeries("uncertainty", false, true);
        for (int b = 0; b + 1 < edges.length; b++) {
            double c = center[b];
            double w = halfWidth[b];
            if (Double.isFinite(c) && Double.isFinite(w) && w > 0) {
                band.add((edges[b] + edges[b + 1]) / 2, edges[b], edges[b + 1], c, c - w, c + w);
            }
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(band);
        return dataset;
    }

    private static XYBarRenderer hatchRenderer() {
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new HatchPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        return renderer;
    }

    /**
     * Points at the bin centres with their bars, divided by {@code scale} if given (bins where it is not positive
     * are left out); below a log axis' floor a point is not drawn and its bar starts at the floor.
     */
    private static XYIntervalSeriesCollection points(double[] edges, double[] values, double[] low, double[] high,
            double[] scale, double floor) {
        XYIntervalSeries series = new XYIntervalSeries("data", false, true);
        for (int b = 0; b + 1 < edges.length; b++) {
            double s = scale == null ? 1 : scale[b];
            if (!(s > 0)) {
                continue;
            }
            double v = values[b] / s;
            double x = (edges[b] + edges[b + 1]) / 2;
            double top = (values[b] + high[b]) / s;
            series.add(x, x, x, v > floor ? v : Double.NaN, Math.max(floor, (values[b] - low[b]) / s),
                    top > floor ? top : Double.NaN);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    /** data / total with the band relative to the total, around a dashed line at 1. */
    private static FramedPlot ratioPanel(double[] edges, double[] total, double[] sigma, DataPoints data) {
        FramedPlot ratio = new FramedPlot();
        double lo = 0.5;
        double hi = 1.5;
        if (data != null) {
            for (int b = 0; b < total.length; b++) {
                if (total[b] > 0) {
                    double r = data.values()[b] / total[b];
                    lo = Math.min(lo, r - 0.1);
                    hi = Math.max(hi, r + 0.1);
                }
            }
        }
        NumberAxis axis = new NumberAxis("data / model");
        double top = Math.ceil(4 * hi) / 4;
        axis.setRange(Math.max(0, Math.floor(4 * lo) / 4), top);
        if (hi - lo <= 1.5) {
            axis.setTickUnit(new NumberTickUnit(0.25));
        }
        // the top label would sit on the main panel's lowest one
        axis.setNumberFormatOverride(new BlankAbove(top));
        ratio.setRangeAxis(axis);
        double[] one = new double[total.length];
        double[] relative = new double[total.length];
        for (int b = 0; b < total.length; b++) {
            // no ratio where the model predicts nothing
            one[b] = total[b] > 0 ? 1 : Double.NaN;
            relative[b] = sigma[b] / total[b];
        }
        ratio.setDataset(0, band(edges, one, relative));
        ratio.setRenderer(0, hatchRenderer());
        if (data != null) {
            ratio.setDataset(1, points(edges, data.values(), data.errorLow(), data.errorHigh(), total, 0));
            ratio.setRenderer(1, StackedBins.dataRenderer());
        }
        ratio.addRangeMarker(new ValueMarker(1, Color.BLACK, PhysicsStyle.REFERENCE), Layer.BACKGROUND);
        return ratio;
    }

    /** Tick labels as usual, except none at or above {@code limit}. */
    private static final class BlankAbove extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final double limit;
        private final NumberFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

        BlankAbove(double limit) {
            this.limit = limit;
        }

        @Override
        public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
            return v >= limit - 1e-9 ? to : format.format(v, to, pos);
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
            return format((double) v, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return format.parse(source, pos);
        }
    }

    private static boolean integerEdges(double[] edges) {
        for (double e : edges) {
            if (e != Math.rint(e)) {
                return false;
            }
        }
        return true;
    }
}
