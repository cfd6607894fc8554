package org.darkflav.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The impact ranking behind {@link Plots#impacts}, as cabinetry draws it: per row, post-fit impacts up and down
 * as filled bars and pre-fit impacts as open bars on the bottom axis (symmetric, 10 % beyond the largest), the
 * pull with its error on the top axis (±2, wider if needed) with dashed lines at −1, 0 and +1.
 */
final class ImpactChart {

    static final Color UP = new Color(0x3F90DA);
    static final Color DOWN = new Color(0x92DADD);
    private static final double BAR_HALF_WIDTH = 0.35;
    private static final Shape LEGEND_BOX = new Rectangle2D.Double(-12, -5, 24, 10);

    private ImpactChart() {}

    static Chart chart(PlotSpec spec, String pullLabel, List<ImpactRow> rows) {
        List<ImpactRow> items = PlotInputs.requireNonEmpty("impact rows", rows);
        int n = items.size();
        FramedPlot plot = Rows.plot(spec.yLabel(), items.stream().map(ImpactRow::label).toList());

        NumberAxis impact = new NumberAxis(spec.xLabel());
        double largest = 0;
        for (ImpactRow r : items) {
            for (double v : new double[] {r.prefitUp(), r.prefitDown(), r.postfitUp(), r.postfitDown()}) {
                largest = Double.isNaN(v) ? largest : Math.max(largest, Math.abs(v));
            }
        }
        double edge = largest > 0 ? 1.1 * largest : 1;
        impact.setRange(-edge, edge);
        plot.setRangeAxis(0, impact);
        NumberAxis pulls = new NumberAxis(pullLabel);
        double reach = 2;
        for (ImpactRow r : items) {
            if (!Double.isNaN(r.pull())) {
                reach = Math.max(reach, Math.abs(r.pull()) + (Double.isNaN(r.pullError()) ? 0 : r.pullError()));
            }
        }
        pulls.setRange(-Math.ceil(reach), Math.ceil(reach));
        plot.setRangeAxis(1, pulls);
        plot.setRangeAxisLocation(1, AxisLocation.TOP_OR_RIGHT);

        plot.setDataset(0, bars(items, ImpactRow::postfitUp, ImpactRow::postfitDown));
        plot.setRenderer(0, barRenderer(true));
        plot.setDataset(1, bars(items, ImpactRow::prefitUp, ImpactRow::prefitDown));
        plot.setRenderer(1, barRenderer(false));
        List<double[]> points = new ArrayList<>();
        for (ImpactRow r : items) {
            points.add(new double[] {r.pull(), r.pullError()});
        }
        plot.setDataset(2, Rows.points(points, n));
        plot.setRenderer(2, Rows.pointRenderer());
        plot.mapDatasetToRangeAxis(2, 1);
        BasicStroke dashed = new BasicStroke(0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 3f}, 0f);
        for (double at : new double[] {-1, 0, 1}) {
            plot.addRangeMarker(2, new ValueMarker(at, Color.BLACK, dashed), Layer.BACKGROUND);
        }

        List<LegendItem> legend = List.of(
                bar("pre-fit impact, up", UP, false), bar("pre-fit impact, down", DOWN, false),
                bar("post-fit impact, up", UP, true), bar("post-fit impact, down", DOWN, true),
                Rows.pointItem("pull"));
        int extra = 170 + 20 * spec.notes().size() + (spec.title().isEmpty() ? 0 : 25);
        int width = Math.max(700, Rows.width(items.stream().map(ImpactRow::label).toList(), 480));
        return new Chart(Rows.chart(spec, plot, legend), width, Math.max(300, Rows.height(n, extra) + 4 * n));
    }

    /** Two series, up and down: bars from 0 to the impact, NaN impacts left out. */
    private static XYIntervalSeriesCollection bars(List<ImpactRow> rows, ToDoubleFunction<ImpactRow> up,
            ToDoubleFunction<ImpactRow> down) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        for (ToDoubleFunction<ImpactRow> f : List.of(up, down)) {
            XYIntervalSeries series = new XYIntervalSeries(dataset.getSeriesCount(), false, true);
            for (int i = 0; i < rows.size(); i++) {
                double v = f.applyAsDouble(rows.get(i));
                if (!Double.isNaN(v)) {
                    double row = Rows.row(i, rows.size());
                    series.add(row, row - BAR_HALF_WIDTH, row + BAR_HALF_WIDTH, v, Math.min(0, v), Math.max(0, v));
                }
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    /** Filled bars (post-fit), or open bars with a coloured outline drawn over them (pre-fit). */
    private static XYBarRenderer barRenderer(boolean filled) {
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(!filled);
        Color none = new Color(0, 0, 0, 0);
        for (int s = 0; s < 2; s++) {
            Color c = s == 0 ? UP : DOWN;
            renderer.setSeriesPaint(s, filled ? c : none);
            renderer.setSeriesOutlinePaint(s, c);
            renderer.setSeriesOutlineStroke(s, new BasicStroke(1.5f));
        }
        return renderer;
    }

    private static LegendItem bar(String label, Color color, boolean filled) {
        return new LegendItem(label, null, null, null, true, LEGEND_BOX, filled, color, !filled, color,
                new BasicStroke(1.5f), false, LEGEND_BOX, PhysicsStyle.THIN, color);
    }
}
