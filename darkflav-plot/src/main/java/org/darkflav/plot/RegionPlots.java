package org.darkflav.plot;

import java.awt.Color;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
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
    private static final java.awt.Shape STAR = new java.awt.geom.Rectangle2D.Double(-4.5, -4.5, 9, 9);

    private RegionPlots() {}

    /** A vertical band, e.g. a measurement's 1σ range in x. */
    public record VerticalBand(String label, double low, double high, Color color) {}

    /** A horizontal line, e.g. an upper limit in y. */
    public record HorizontalLine(String label, double y) {}

    /** A marked point, e.g. a benchmark model. */
    public record MarkedPoint(String label, double x, double y) {}

    /**
     * @param values Δχ² on the grid, values[iy][ix]
     * @param levels the two region levels, inner first (e.g. 2.30 and 6.18)
     * @param lines extra curves (solid, in colours), clipped to the grid
     */
    public static Chart regions(PlotSpec spec, double[] x, double[] y, double[][] values, double[] levels,
            String[] levelLabels, List<Series> lines, List<VerticalBand> bands, List<HorizontalLine> limits,
            List<MarkedPoint> points) {
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

        XYSeriesCollection drawn = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        // behind the lines: a plot annotation would be drawn on top of every dataset
        renderer.addAnnotation(fill(x, y, values, levels), Layer.BACKGROUND);
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
        plot.setDataset(0, drawn);
        plot.setRenderer(0, renderer);
        if (!points.isEmpty()) {
            XYSeriesCollection marked = new XYSeriesCollection();
            XYLineAndShapeRenderer shapes = new XYLineAndShapeRenderer(false, true);
            for (MarkedPoint m : points) {
                XYSeries one = new XYSeries(m.label(), false, true);
                one.add(m.x(), m.y());
                int index = marked.getSeriesCount();
                marked.addSeries(one);
                shapes.setSeriesShape(index, STAR);
                shapes.setSeriesPaint(index, Color.BLACK);
                legend.add(new LegendItem(m.label(), null, null, null, STAR, Color.BLACK));
            }
            plot.setDataset(1, marked);
            plot.setRenderer(1, shapes);
        }
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

    /** Pixels per axis of the region fill. */
    private static final int RASTER = 500;

    /**
     * Fills the regions as one image in data coordinates: each pixel classified by the bilinear
     * interpolation of the grid, so the edges are smooth at any grid size and the SVG and PDF stay
     * small; the contour lines drawn on top give the vector edge.
     */
    private static XYDataImageAnnotation fill(double[] x, double[] y, double[][] values, double[] levels) {
        BufferedImage image = new BufferedImage(RASTER, RASTER, BufferedImage.TYPE_INT_ARGB);
        double x0 = x[0];
        double y0 = y[0];
        double w = x[x.length - 1] - x0;
        double h = y[y.length - 1] - y0;
        for (int py = 0; py < RASTER; py++) {
            // image rows run top-down
            double fy = (RASTER - 1 - py + 0.5) / RASTER * (y.length - 1);
            for (int px = 0; px < RASTER; px++) {
                double fx = (px + 0.5) / RASTER * (x.length - 1);
                int level = levelOf(bilinear(values, fx, fy), levels);
                if (level < 2) {
                    image.setRGB(px, py, (level == 0 ? INNER : OUTER).getRGB());
                }
            }
        }
        return new XYDataImageAnnotation(image, x0, y0, w, h, true);
    }

    private static double bilinear(double[][] v, double fx, double fy) {
        int i = Math.min((int) fx, v[0].length - 2);
        int j = Math.min((int) fy, v.length - 2);
        double tx = fx - i;
        double ty = fy - j;
        return (1 - ty) * ((1 - tx) * v[j][i] + tx * v[j][i + 1]) + ty * ((1 - tx) * v[j + 1][i] + tx * v[j + 1][i + 1]);
    }

    /** 0 inside the inner region, 1 inside the outer only, 2 outside. */
    private static int levelOf(double v, double[] levels) {
        return v < levels[0] ? 0 : v < levels[1] ? 1 : 2;
    }
}
