package org.darkflav.plot;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * What the one-row-per-item charts (pulls, impacts) share: a horizontal plot whose rows, first item on top, are
 * labelled on the left; points with horizontal error bars; notes and legend outside the frame, which the rows
 * fill from top to bottom.
 */
final class Rows {

    /** Pixels per row: a 12-point label with air. */
    static final int ROW_HEIGHT = 22;

    private Rows() {}

    /** A horizontal framed plot with item i of {@code labels} in row i from the top. */
    static FramedPlot plot(String axisLabel, List<String> labels) {
        int n = labels.size();
        String[] symbols = new String[n];
        for (int i = 0; i < n; i++) {
            symbols[n - 1 - i] = labels.get(i);
        }
        SymbolAxis axis = new SymbolAxis(axisLabel, symbols);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, n - 0.5);
        FramedPlot plot = new FramedPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainAxis(axis);
        return plot;
    }

    /** The plot coordinate of the row of item {@code i} among {@code n}. */
    static double row(int i, int n) {
        return n - 1 - i;
    }

    /** Points at (row, value) with bars from value − error to value + error; NaN errors draw no bar. */
    static XYIntervalSeriesCollection points(List<double[]> valueAndError, int n) {
        XYIntervalSeries series = new XYIntervalSeries("points", false, true);
        for (int i = 0; i < valueAndError.size(); i++) {
            double v = valueAndError.get(i)[0];
            double e = Double.isNaN(valueAndError.get(i)[1]) ? 0 : valueAndError.get(i)[1];
            series.add(row(i, n), row(i, n), row(i, n), v, v - e, v + e);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }

    /** Black dots with black error bars along the value axis. */
    static XYErrorRenderer pointRenderer() {
        return StackedBins.dataRenderer();
    }

    /** A point with a horizontal error bar, for legends. */
    static LegendItem pointItem(String label) {
        return new LegendItem(label, null, null, null, true, PhysicsStyle.DATA_MARKER, true, Color.BLACK, false,
                Color.BLACK, PhysicsStyle.THIN, true, new Line2D.Double(-9, 0, 9, 0), PhysicsStyle.THIN, Color.BLACK);
    }

    /** Notes under the title and a legend in rows above the plot: inside, they would cover the first rows. */
    static JFreeChart chart(PlotSpec spec, FramedPlot plot, List<LegendItem> legend) {
        PhysicsStyle.frame(plot);
        JFreeChart chart = PhysicsStyle.chart(spec.title(), plot);
        if (!legend.isEmpty()) {
            LegendItemCollection items = new LegendItemCollection();
            legend.forEach(items::add);
            LegendTitle title = new LegendTitle(() -> items, new FlowArrangement(), new FlowArrangement());
            title.setItemFont(PhysicsStyle.LEGEND_FONT);
            title.setFrame(BlockBorder.NONE);
            title.setPosition(RectangleEdge.TOP);
            title.setItemLabelPadding(new RectangleInsets(1, 6, 1, 12));
            chart.addSubtitle(title);
        }
        List<String> notes = new ArrayList<>(spec.notes());
        if (!notes.isEmpty()) {
            TextTitle text = new TextTitle(String.join("\n", notes), PhysicsStyle.LEGEND_FONT);
            text.setTextAlignment(HorizontalAlignment.LEFT);
            text.setPosition(RectangleEdge.TOP);
            chart.addSubtitle(0, text);
        }
        return chart;
    }

    /** Width of a chart whose row labels are {@code labels}: {@code plotWidth} pixels for the plot beside them. */
    static int width(List<String> labels, int plotWidth) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        return Math.min(20_000, 60 + (int) (6.5 * longest) + plotWidth);
    }

    /** Height of a chart with {@code rows} rows plus {@code extra} pixels of titles, legend and axis labels. */
    static int height(int rows, int extra) {
        return Math.min(20_000, extra + ROW_HEIGHT * rows);
    }
}
