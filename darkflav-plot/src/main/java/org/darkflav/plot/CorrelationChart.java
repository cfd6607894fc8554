package org.darkflav.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The correlation matrix behind {@link Plots#correlations}, as cabinetry draws it: one cell per pair, coloured
 * on a diverging scale from −1 to +1 with a colour bar, the first item top left, labels on both axes; in
 * matrices small enough to read, each cell also prints its value (white on dark cells), and values that round to
 * 0.00 are left blank.
 */
final class CorrelationChart {

    /** Above this many items the numbers no longer fit in the cells. */
    static final int MAX_WITH_NUMBERS = 25;

    private CorrelationChart() {}

    static Chart chart(PlotSpec spec, List<String> labels, double[][] values) {
        List<String> names = PlotInputs.requireNonEmpty("matrix labels", labels);
        int n = names.size();
        requireSquare(values, n);
        SymbolAxis x = axis(spec.xLabel(), names, false);
        x.setVerticalTickLabels(true);
        SymbolAxis y = axis(spec.yLabel(), names, true);
        // a plain plot: inward ticks at the cell centres would run into the numbers
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);

        DivergingScale scale = new DivergingScale();
        int cell = n <= MAX_WITH_NUMBERS ? 40 : Math.max(12, 900 / n);
        if (n <= MAX_WITH_NUMBERS) {
            plot.setDataset(cells(values, n));
            XYBlockRenderer renderer = new XYBlockRenderer();
            renderer.setPaintScale(scale);
            plot.setRenderer(renderer);
            addNumbers(plot, values, n);
        } else {
            // one image instead of n² vector cells: a 200-parameter matrix would make a 30 MB SVG
            plot.addAnnotation(new XYDataImageAnnotation(image(values, n, cell, scale), -0.5, -0.5, n, n, true));
        }
        PhysicsStyle.frame(plot);
        // labels as tall as the cells, so that every one is shown
        int fontSize = Math.min(PhysicsStyle.TICK_FONT.getSize(), cell - 3);
        Font font = new Font(Font.SERIF, Font.PLAIN, fontSize);
        x.setTickLabelFont(font);
        y.setTickLabelFont(font);
        JFreeChart chart = PhysicsStyle.chart(spec.title(), plot);
        chart.addSubtitle(colourBar(scale));
        int longest = names.stream().mapToInt(String::length).max().orElse(1);
        int labelSpace = 40 + (int) (0.55 * fontSize * longest);
        int notes = 20 * spec.notes().size();
        if (!spec.notes().isEmpty()) {
            chart.addSubtitle(0, new org.jfree.chart.title.TextTitle(String.join("\n", spec.notes()),
                    PhysicsStyle.LEGEND_FONT));
        }
        return new Chart(chart, Math.min(20_000, labelSpace + cell * n + 130),
                Math.min(20_000, labelSpace + cell * n + 60 + notes + (spec.title().isEmpty() ? 0 : 25)));
    }

    /** Cell (row i, column j) at x = j and, row 0 being on top, y = n − 1 − i. */
    private static DefaultXYZDataset cells(double[][] values, int n) {
        double[][] cells = new double[3][n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                cells[0][k] = j;
                cells[1][k] = n - 1 - i;
                cells[2][k] = values[i][j];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("matrix", cells);
        return dataset;
    }

    /** The matrix as an image of {@code cell} × {@code cell} pixels per entry, row 0 at the top. */
    private static BufferedImage image(double[][] values, int n, int cell, DivergingScale scale) {
        BufferedImage image = new BufferedImage(n * cell, n * cell, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int rgb = ((Color) scale.getPaint(values[i][j])).getRGB();
                for (int py = i * cell; py < (i + 1) * cell; py++) {
                    for (int px = j * cell; px < (j + 1) * cell; px++) {
                        image.setRGB(px, py, rgb);
                    }
                }
            }
        }
        return image;
    }

    private static void requireSquare(double[][] values, int n) {
        if (values.length != n) {
            throw new IllegalArgumentException(n + " labels for a matrix of " + values.length + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (values[i].length != n) {
                throw new IllegalArgumentException("row " + i + " of the matrix has " + values[i].length
                        + " values; it must have " + n);
            }
        }
    }

    /** Labels at 0 … n−1; on the vertical axis the first label on top. */
    private static SymbolAxis axis(String label, List<String> names, boolean reversed) {
        int n = names.size();
        String[] symbols = new String[n];
        for (int i = 0; i < n; i++) {
            symbols[reversed ? n - 1 - i : i] = names.get(i);
        }
        SymbolAxis axis = new SymbolAxis(label, symbols);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, n - 0.5);
        return axis;
    }

    private static void addNumbers(XYPlot plot, double[][] values, int n) {
        Font font = new Font(Font.SERIF, Font.PLAIN, n <= 12 ? 12 : 10);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = values[i][j];
                if (Double.isNaN(v) || Math.abs(v) < 0.005) {
                    continue;
                }
                XYTextAnnotation text = new XYTextAnnotation(String.format(Locale.ROOT, "%.2f", v), j, n - 1 - i);
                text.setFont(font);
                text.setPaint(Math.abs(v) > 0.75 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(text);
            }
        }
    }

    private static PaintScaleLegend colourBar(DivergingScale scale) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(-1, 1);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
        axis.setTickLabelFont(PhysicsStyle.TICK_FONT);
        PaintScaleLegend bar = new PaintScaleLegend(scale, axis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setStripWidth(15);
        bar.setAxisOffset(4);
        bar.setSubdivisionCount(200);
        bar.setFrame(BlockBorder.NONE);
        bar.setMargin(new RectangleInsets(20, 10, 60, 10));
        return bar;
    }
}
