package org.darkflav.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The stacked-histogram figure behind {@link Plots#stackedBins}: backgrounds stacked per bin, data with √n
 * error bars and a signal drawn as a step outline.
 */
final class StackedBins {

    private StackedBins() {}

    static Chart chart(PlotSpec spec, List<String> binLabels, List<Series> stacked, double[] data,
            Series signal) {
        Objects.requireNonNull(spec, "plot spec");
        List<String> labels = PlotInputs.requireNonEmpty("bin labels", binLabels);
        List<Series> layers = PlotInputs.requireNonEmpty("stacked series", stacked);
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
        XYBarRenderer bars = outlinedBars(0.8f);
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

    /** Flat bars spanning their y interval, without shadow, outlined in black {@code outline} wide. */
    static XYBarRenderer outlinedBars(float outline) {
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.BLACK);
        bars.setDefaultOutlineStroke(new BasicStroke(outline));
        return bars;
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

    static XYErrorRenderer dataRenderer() {
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
}
