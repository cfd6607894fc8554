package org.darkflav.plot;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

/**
 * The pull plot behind {@link Plots#pulls}: one row per item, a point with its error bar, on green ±1 and yellow
 * ±2 bands with a dotted line at 0, as cabinetry draws it. The axis spans ±3, wider if a bar reaches further.
 */
final class PullChart {

    private PullChart() {}

    static Chart chart(PlotSpec spec, List<PullRow> rows) {
        List<PullRow> items = PlotInputs.requireNonEmpty("pull rows", rows);
        int n = items.size();
        FramedPlot plot = Rows.plot(spec.yLabel(), items.stream().map(PullRow::label).toList());
        double reach = 3;
        for (PullRow r : items) {
            reach = Math.max(reach, Math.abs(r.value()) + (Double.isNaN(r.error()) ? 0 : r.error()));
        }
        NumberAxis axis = new NumberAxis(spec.xLabel());
        double edge = Math.ceil(reach);
        axis.setRange(-edge, edge);
        plot.setRangeAxis(axis);
        plot.addRangeMarker(new IntervalMarker(-2, 2, PhysicsStyle.YELLOW), Layer.BACKGROUND);
        plot.addRangeMarker(new IntervalMarker(-1, 1, PhysicsStyle.GREEN), Layer.BACKGROUND);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, PhysicsStyle.DOTTED), Layer.BACKGROUND);
        plot.setDataset(0, Rows.points(items.stream().map(r -> new double[] {r.value(), r.error()}).toList(), n));
        plot.setRenderer(0, Rows.pointRenderer());
        int extra = 90 + 20 * spec.notes().size() + (spec.title().isEmpty() ? 0 : 25);
        int width = Math.max(Chart.DEFAULT_WIDTH, Rows.width(items.stream().map(PullRow::label).toList(), 380));
        return new Chart(Rows.chart(spec, plot, List.of()), width, Math.max(220, Rows.height(n, extra)));
    }
}
