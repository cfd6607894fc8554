package org.darkflav.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of a journal figure: serif fonts, black frame, ticks inside on all four sides (see
 * {@link FramedPlot}), minor ticks, no grid, legend and notes inside the frame, log axes labelled in decades.
 */
final class PhysicsStyle {

    static final Font TITLE_FONT = new Font(Font.SERIF, Font.PLAIN, 16);
    static final Font LABEL_FONT = new Font(Font.SERIF, Font.PLAIN, 15);
    static final Font TICK_FONT = new Font(Font.SERIF, Font.PLAIN, 12);
    static final Font LEGEND_FONT = new Font(Font.SERIF, Font.PLAIN, 12);

    /** ±1σ and ±2σ colours of the usual expected-limit ("Brazil") bands. */
    static final Color GREEN = new Color(0, 200, 0);
    static final Color YELLOW = new Color(255, 230, 0);
    static final Color BEST_FIT_BAND = new Color(150, 190, 235);

    /** Line colours for overlays and multi-line plots, distinguishable in print and for most colour-blind readers. */
    private static final Color[] LINE_COLORS = {
        new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xFF7F0E),
        new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF),
    };
    /** Fill colours for stacked histograms (muted, so data points and signal stand out). */
    private static final Color[] FILL_COLORS = {
        new Color(0x9ECAE1), new Color(0xFDAE6B), new Color(0xA1D99B), new Color(0xBCBDDC),
        new Color(0xD9D9D9), new Color(0xFDD0A2), new Color(0xC7E9C0), new Color(0xDADAEB),
        new Color(0xFCBBA1), new Color(0xE7CB94), new Color(0x9EDAE5), new Color(0xF7B6D2),
    };

    static final Stroke SOLID = new BasicStroke(2.0f);
    static final Stroke THIN = new BasicStroke(1.5f);
    static final Stroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 4f}, 0f);
    static final Stroke DOTTED = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {0.5f, 4f}, 0f);
    static final Stroke REFERENCE = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f);
    private static final Stroke[] LINE_STROKES = {
        SOLID, DASHED, DOTTED,
        new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 4f, 1f, 4f}, 0f),
    };

    private static final Shape LEGEND_LINE = new Line2D.Double(-14, 0, 14, 0);
    private static final Shape LEGEND_BOX = new Rectangle2D.Double(-14, -5, 28, 10);
    static final Shape DATA_MARKER = new Ellipse2D.Double(-3.5, -3.5, 7, 7);

    private PhysicsStyle() {}

    static Color lineColor(int i) {
        return LINE_COLORS[i % LINE_COLORS.length];
    }

    static Color fillColor(int i) {
        return FILL_COLORS[i % FILL_COLORS.length];
    }

    /** Line style of the i-th curve of a multi-line plot: colours first, dash patterns once colours run out. */
    static Stroke lineStroke(int i) {
        return LINE_STROKES[(i / LINE_COLORS.length) % LINE_STROKES.length];
    }

    static LegendItem lineItem(String label, Stroke stroke, Color color) {
        return new LegendItem(label, null, null, null, LEGEND_LINE, stroke, color);
    }

    static LegendItem boxItem(String label, Color fill) {
        return new LegendItem(label, null, null, null, LEGEND_BOX, fill);
    }

    /** A data point with its vertical error bar. */
    static LegendItem dataItem(String label) {
        return new LegendItem(label, null, null, null, true, DATA_MARKER, true, Color.BLACK, false, Color.BLACK,
                THIN, true, new Line2D.Double(0, -7, 0, 7), THIN, Color.BLACK);
    }

    /** An x axis whose range is the data range, without padding, as in journal figures. */
    static NumberAxis xAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    /** A linear y axis with head room above the data for the legend and notes. */
    static NumberAxis linearYAxis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        axis.setUpperMargin(0.35);
        return axis;
    }

    /**
     * A log axis labelled at every decade (10ⁿ) with 8 unlabelled minor ticks in between, spanning whole decades
     * around [min, max] plus at least 0.3 decades of head room for the legend.
     */
    static LogAxis logYAxis(String label, double min, double max) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setBaseSymbol("10");
        // LogAxis takes the minor tick count from the tick unit: 9 spaces give ticks at 2..9 × 10ⁿ
        axis.setTickUnit(new NumberTickUnit(1.0, new DecimalFormat("0"), 9));
        axis.setAutoRange(false);
        // widened by 1e-9 so that rounding in log10 cannot drop the end decades' labels
        double lower = Math.pow(10, Math.floor(Math.log10(min))) * (1 - 1e-9);
        double upper = Math.pow(10, Math.ceil(Math.log10(max) + 0.3)) * (1 + 1e-9);
        axis.setRange(lower, upper);
        return axis;
    }

    /**
     * Builds the chart around a finished plot: frame, fonts, mirrored ticks, legend top right and notes top left
     * inside the frame. Call after all datasets are set, so the axis ranges are final.
     */
    static JFreeChart finish(PlotSpec spec, FramedPlot plot, List<LegendItem> legend) {
        frame(plot);
        addLegend(plot, legend);
        addNotes(plot, spec.notes());
        return chart(spec.title(), plot);
    }

    /**
     * The journal look of one plot area: white, framed, no grid, axis fonts, decades factored out of linear tick
     * labels. Call after the datasets are set, so the axis ranges are final.
     */
    static void frame(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainMinorGridlinesVisible(false);
        plot.setRangeMinorGridlinesVisible(false);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(1.0f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(10, 10, 10, 20));
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            styleAxis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i));
        }
    }

    /** Fonts and decades of one axis (may be null: a subplot shares its parent's). */
    static void styleAxis(ValueAxis axis) {
        if (axis != null) {
            style(axis);
            factorOutPowerOfTen(axis);
        }
    }

    /** The chart around a framed plot: title (none if empty), white background, no JFreeChart legend. */
    static JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title.isEmpty() ? null : title, TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        return chart;
    }

    /** Fonts and colours; the tick marks themselves are drawn by {@link FramedPlot}, on top of the data. */
    private static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setTickMarksVisible(false);
        axis.setTickMarkOutsideLength(0f);
        axis.setMinorTickMarksVisible(false);
        axis.setMinorTickMarkOutsideLength(0f);
        if (axis instanceof NumberAxis number && !(axis instanceof SymbolAxis)) {
            number.setMinorTickCount(5);
        }
    }

    /** Labels such as 1.5×10⁻⁵ instead of 1.5E-5 on a linear axis with tiny or huge values. */
    private static void factorOutPowerOfTen(ValueAxis axis) {
        if (axis instanceof NumberAxis number && !(axis instanceof SymbolAxis)) {
            int exponent = PowerOfTenFormat.exponentFor(axis.getLowerBound(), axis.getUpperBound());
            if (exponent != 0) {
                number.setNumberFormatOverride(new PowerOfTenFormat(exponent));
            }
        }
    }

    static void addLegend(XYPlot plot, List<LegendItem> items) {
        if (items.isEmpty()) {
            return;
        }
        LegendItemCollection collection = new LegendItemCollection();
        items.forEach(collection::add);
        LegendTitle legend = new LegendTitle(() -> collection, new ColumnArrangement(), new ColumnArrangement());
        legend.setItemFont(LEGEND_FONT);
        legend.setItemPaint(Color.BLACK);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(null);
        legend.setItemLabelPadding(new RectangleInsets(1, 6, 1, 2));
        plot.addAnnotation(new XYTitleAnnotation(0.98, 0.98, legend, RectangleAnchor.TOP_RIGHT));
    }

    static void addNotes(XYPlot plot, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        TextTitle text = new TextTitle(String.join("\n", notes), LEGEND_FONT);
        text.setTextAlignment(HorizontalAlignment.LEFT);
        text.setPaint(Color.BLACK);
        text.setBackgroundPaint(null);
        plot.addAnnotation(new XYTitleAnnotation(0.02, 0.98, text, RectangleAnchor.TOP_LEFT));
    }
}
