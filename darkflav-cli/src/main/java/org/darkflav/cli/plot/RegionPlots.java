package org.darkflav.cli.plot;

import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Two-parameter Δχ² regions (the paper's Fig. 2): the 68 % and 95 % regions filled in two shades of
 * red with their contour lines (marching squares), plus lines, vertical bands and horizontal limits.
 */
public final class RegionPlots {

    static {
        Headless.ensure();
    }

    private static final Color INNER = new Color(225, 60, 60);
    private static final Color OUTER = new Color(245, 170, 170);

    private RegionPlots() {}

    /** A vertical band, e.g. a measurement's 1σ range in x. */
    public record VerticalBand(String label, double low, double high, Color color) {}

    /** A horizontal line, e.g. an upper limit in y. */
    public record HorizontalLine(String label, double y) {}

    /**
     * @param values Δχ² on the grid, values[iy][ix]
     * @param levels the two region levels, inner first (e.g. 2.30 and 6.18)
     * @param lines extra curves (solid, in colours), clipped to the grid
     */
    public static Chart regions(PlotSpec spec, double[] x, double[] y, double[][] values, double[] levels,
            String[] levelLabels, List<Series> lines, List<VerticalBand> bands, List<HorizontalLine> limits) {
        Objects.requireNonNull(spec, "plot spec");
        if (levels.length != 2 || !(levels[0] < levels[1])) {
            throw new IllegalArgumentException("give two increasing region levels, got " + java.util.Arrays.toString(
                    levels));
        }
        FramedPlot plot = new FramedPlot();
        NumberAxis xAxis = PhysicsStyle.xAxis(spec.xLabel());
        xAxis.setRange(x[0], x[x.length - 1]);
        NumberAxis yAxis = new NumberAxis(spec.yLabel());
        yAxis.setRange(y[0], y[y.length - 1]);
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);

        plot.setDataset(0, cells(x, y, values));
        plot.setRenderer(0, blocks(x, y, levels));

        XYSeriesCollection drawn = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        List<LegendItem> legend = new ArrayList<>();
        legend.add(PhysicsStyle.boxItem(levelLabels[0], INNER));
        legend.add(PhysicsStyle.boxItem(levelLabels[1], OUTER));
        add(drawn, renderer, MarchingSquares.contour("inner", x, y, values, levels[0]), PhysicsStyle.THIN, INNER.darker());
        add(drawn, renderer, MarchingSquares.contour("outer", x, y, values, levels[1]), PhysicsStyle.THIN, INNER);
        for (int i = 0; i < lines.size(); i++) {
            // colours from the second on: the first is the regions' red
            Stroke stroke = PhysicsStyle.lineStroke(i + 1);
            Color color = PhysicsStyle.lineColor(i + 1);
            add(drawn, renderer, lines.get(i), stroke, color);
            legend.add(PhysicsStyle.lineItem(lines.get(i).label(), stroke, color));
        }
        plot.setDataset(1, drawn);
        plot.setRenderer(1, renderer);
        for (VerticalBand b : bands) {
            Color c = new Color(b.color().getRed(), b.color().getGreen(), b.color().getBlue(), 70);
            plot.addDomainMarker(new IntervalMarker(b.low(), b.high(), c), Layer.FOREGROUND);
            legend.add(PhysicsStyle.boxItem(b.label(), c));
        }
        for (HorizontalLine h : limits) {
            plot.addRangeMarker(new ValueMarker(h.y(), Color.BLACK, PhysicsStyle.DASHED), Layer.FOREGROUND);
            legend.add(PhysicsStyle.lineItem(h.label(), PhysicsStyle.DASHED, Color.BLACK));
        }
        return new Chart(PhysicsStyle.finish(spec, plot, legend));
    }

    private static void add(XYSeriesCollection dataset, XYLineAndShapeRenderer renderer, Series s, Stroke stroke,
            Color color) {
        int index = dataset.getSeriesCount();
        // not sorted: contour segments and lines keep their drawing order
        XYSeries series = new XYSeries(index, false, true);
        double[] px = s.x();
        double[] py = s.y();
        for (int i = 0; i < px.length; i++) {
            series.add(px[i], py[i]);
        }
        dataset.addSeries(series);
        renderer.setSeriesStroke(index, stroke);
        renderer.setSeriesPaint(index, color);
    }

    private static DefaultXYZDataset cells(double[] x, double[] y, double[][] values) {
        int n = x.length * y.length;
        double[][] xyz = new double[3][n];
        int k = 0;
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                xyz[0][k] = x[i];
                xyz[1][k] = y[j];
                xyz[2][k] = values[j][i];
                k++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("delta chi2", xyz);
        return dataset;
    }

    private static XYBlockRenderer blocks(double[] x, double[] y, double[] levels) {
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth((x[x.length - 1] - x[0]) / (x.length - 1));
        renderer.setBlockHeight((y[y.length - 1] - y[0]) / (y.length - 1));
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        LookupPaintScale scale = new LookupPaintScale(-1e300, 1e300, new Color(255, 255, 255, 0));
        scale.add(-1e300, INNER);
        scale.add(levels[0], OUTER);
        scale.add(levels[1], new Color(255, 255, 255, 0));
        renderer.setPaintScale(scale);
        return renderer;
    }
}
