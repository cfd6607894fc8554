package org.darkflav.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts cabinetry users expect, checked on their JFreeChart structure: pulls, impact ranking, correlation
 * matrix, stacked distribution with ratio panel; and writing a chart by file suffix.
 */
class FitChartsTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    Path dir;

    static List<PullRow> pullRows(int n) {
        List<PullRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new PullRow("alpha_" + i, 0.5 * i - 1, 0.8));
        }
        return rows;
    }

    @Test
    void pullsPutTheFirstRowOnTopOverGreenAndYellowBands() {
        Chart chart = Plots.pulls(PlotSpec.of("pulls", "pull", "", false), pullRows(4));
        XYPlot plot = chart.jfreeChart().getXYPlot();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        SymbolAxis rows = (SymbolAxis) plot.getDomainAxis();
        // row 0 is drawn at the top, i.e. at the largest domain value n − 1 = 3
        assertThat(rows.getSymbols()).containsExactly("alpha_3", "alpha_2", "alpha_1", "alpha_0");
        IntervalXYDataset points = (IntervalXYDataset) plot.getDataset(0);
        assertThat(points.getXValue(0, 0)).isEqualTo(3.0);
        assertThat(points.getYValue(0, 0)).isEqualTo(-1.0);
        assertThat(points.getStartYValue(0, 0)).isEqualTo(-1.8);
        assertThat(points.getEndYValue(0, 3)).isCloseTo(0.5 + 0.8, within(1e-12));
        var bands = plot.getRangeMarkers(Layer.BACKGROUND).stream().filter(IntervalMarker.class::isInstance)
                .map(IntervalMarker.class::cast).toList();
        assertThat(bands).extracting(IntervalMarker::getStartValue).containsExactly(-2.0, -1.0);
        assertThat(bands).extracting(IntervalMarker::getPaint).containsExactly(PhysicsStyle.YELLOW, PhysicsStyle.GREEN);
        assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(-3.0);
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(3.0);
    }

    @Test
    void pullsWidenTheAxisForFarPullsAndGrowWithTheRows() {
        List<PullRow> rows = new ArrayList<>(pullRows(3));
        rows.add(new PullRow("far", -3.2, 0.5));
        Chart chart = Plots.pulls(PlotSpec.of("", "pull", "", false), rows);
        assertThat(chart.jfreeChart().getXYPlot().getRangeAxis().getLowerBound()).isEqualTo(-4.0);
        assertThat(Plots.pulls(PlotSpec.of("", "pull", "", false), pullRows(60)).height())
                .isGreaterThan(60 * Rows.ROW_HEIGHT);
    }

    @Test
    void impactsDrawPostfitFilledPrefitOpenAndPullsOnTheTopAxis() {
        List<ImpactRow> rows = List.of(new ImpactRow("a", 0.3, -0.2, 0.25, -0.15, 0.5, 0.9),
                new ImpactRow("free norm", Double.NaN, Double.NaN, 0.1, -0.12, Double.NaN, Double.NaN));
        Chart chart = Plots.impacts(PlotSpec.of("", "Δμ", "", false), "pull", rows);
        XYPlot plot = chart.jfreeChart().getXYPlot();

        IntervalXYDataset post = (IntervalXYDataset) plot.getDataset(0);
        IntervalXYDataset pre = (IntervalXYDataset) plot.getDataset(1);
        // series 0 up, 1 down; bars run from 0 to the impact
        assertThat(post.getEndYValue(0, 0)).isEqualTo(0.25);
        assertThat(post.getStartYValue(1, 0)).isEqualTo(-0.15);
        assertThat(post.getEndYValue(1, 0)).isEqualTo(0.0);
        // the unconstrained row has no pre-fit impact and no pull
        assertThat(pre.getItemCount(0)).isEqualTo(1);
        assertThat(((IntervalXYDataset) plot.getDataset(2)).getItemCount(0)).isEqualTo(2);
        assertThat(((IntervalXYDataset) plot.getDataset(2)).getYValue(0, 1)).isNaN();
        // impact axis ±1.1 × the largest impact (0.3), pulls on their own axis at the top
        assertThat(plot.getRangeAxis(0).getUpperBound()).isCloseTo(0.33, within(1e-12));
        assertThat(plot.getRangeAxisForDataset(2)).isSameAs(plot.getRangeAxis(1));
        assertThat(plot.getRangeAxis(1).getLowerBound()).isEqualTo(-2.0);
        var renderer = (org.jfree.chart.renderer.xy.XYBarRenderer) plot.getRenderer(1);
        assertThat(((Color) renderer.getSeriesPaint(0)).getAlpha()).as("pre-fit bars are open").isZero();
        assertThat(renderer.isDrawBarOutline()).isTrue();
    }

    @Test
    void correlationsPutTheFirstEntryTopLeftAndPrintValuesInSmallMatrices() {
        double[][] m = {{1, 0.5, -0.8}, {0.5, 1, 0.001}, {-0.8, 0.001, 1}};
        Chart chart = Plots.correlations(PlotSpec.of("", "", "", false), List.of("a", "b", "c"), m);
        XYPlot plot = chart.jfreeChart().getXYPlot();
        XYZDataset cells = (XYZDataset) plot.getDataset();
        // cell (row 0, column 2) = −0.8 sits at x = 2 and, row 0 being on top, y = 2
        int k = 2;
        assertThat(cells.getXValue(0, k)).isEqualTo(2.0);
        assertThat(cells.getYValue(0, k)).isEqualTo(2.0);
        assertThat(cells.getZValue(0, k)).isEqualTo(-0.8);
        // 9 cells, two of which (0.001) round to 0.00 and stay blank
        assertThat(plot.getAnnotations()).hasSize(7);
        var scale = ((XYBlockRenderer) plot.getRenderer()).getPaintScale();
        Color minus = (Color) scale.getPaint(-1);
        Color plus = (Color) scale.getPaint(1);
        Color zero = (Color) scale.getPaint(0);
        assertThat(minus.getRed()).isGreaterThan(minus.getBlue());
        assertThat(plus.getBlue()).isGreaterThan(plus.getRed());
        assertThat(zero.getRed() + zero.getGreen() + zero.getBlue()).isGreaterThan(3 * 240);
    }

    @Test
    void largeCorrelationMatricesHaveNoNumbersAndARejectedShapeSaysWhy() {
        int n = 30;
        double[][] m = new double[n][n];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
            labels.add("p" + i);
        }
        m[0][1] = -0.6;
        m[1][0] = -0.6;
        XYPlot plot = Plots.correlations(PlotSpec.of("", "", "", false), labels, m).jfreeChart().getXYPlot();
        // one image of the cells, row 0 at its top, and no numbers
        assertThat(plot.getAnnotations()).singleElement().isInstanceOf(XYDataImageAnnotation.class);
        var image = (BufferedImage) ((XYDataImageAnnotation) plot.getAnnotations().get(0)).getImage();
        int cell = image.getWidth() / n;
        DivergingScale scale = new DivergingScale();
        assertThat(image.getRGB(cell / 2, cell / 2)).isEqualTo(((Color) scale.getPaint(1)).getRGB());
        assertThat(image.getRGB(cell + cell / 2, cell / 2)).isEqualTo(((Color) scale.getPaint(-0.6)).getRGB());
        assertThat(image.getRGB(cell + cell / 2, (n - 1) * cell)).isEqualTo(((Color) scale.getPaint(0)).getRGB());
        assertThatThrownBy(() -> Plots.correlations(PlotSpec.of("", "", "", false), List.of("a", "b"),
                new double[][] {{1, 0}, {0}})).hasMessageContaining("row 1 of the matrix has 1 values");
    }

    static List<StackLayer> layers() {
        return List.of(new StackLayer("B B̄", new double[] {50, 80, 30, 0}, 0),
                new StackLayer("continuum", new double[] {100, 40, 30, 0}, 3));
    }

    static DataPoints data() {
        double[] n = {160, 125, 70, 2};
        return new DataPoints("Data", n, new double[] {12, 11, 8, 1.3}, new double[] {13, 12, 9, 2.6});
    }

    @Test
    void stackedWithRatioStacksTheLayersAndDividesByTheTotal() {
        Chart chart = Plots.stackedWithRatio(PlotSpec.of("SR", "bin", "events", false), new double[] {0, 1, 2, 3, 4},
                layers(), new double[] {15, 12, Double.NaN, 0}, data());
        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.jfreeChart().getPlot();
        List<XYPlot> panels = combined.getSubplots();
        assertThat(panels).hasSize(2);
        assertThat(panels.get(0).getWeight()).isEqualTo(3);
        assertThat(panels.get(1).getWeight()).isEqualTo(1);
        XYPlot main = panels.get(0);
        IntervalXYDataset stack = (IntervalXYDataset) main.getDataset(0);
        // layer 1 in bin 0 spans 50 .. 150, over bin edges 0 .. 1
        assertThat(stack.getStartYValue(1, 0)).isEqualTo(50.0);
        assertThat(stack.getEndYValue(1, 0)).isEqualTo(150.0);
        assertThat(stack.getStartXValue(1, 0)).isEqualTo(0.0);
        assertThat(stack.getEndXValue(1, 0)).isEqualTo(1.0);
        // band total ± σ only where σ is a positive number: bins 0 and 1
        IntervalXYDataset band = (IntervalXYDataset) main.getDataset(1);
        assertThat(band.getItemCount(0)).isEqualTo(2);
        assertThat(band.getStartYValue(0, 0)).isEqualTo(135.0);
        assertThat(band.getEndYValue(0, 1)).isEqualTo(132.0);
        // y axis: the highest data bar (160 + 13) with cabinetry's 50 % head room (4 legend lines need less)
        assertThat(main.getRangeAxis().getUpperBound()).isCloseTo(1.5 * 173, within(1e-9));

        XYPlot ratio = panels.get(1);
        IntervalXYDataset relative = (IntervalXYDataset) ratio.getDataset(0);
        assertThat(relative.getStartYValue(0, 0)).isCloseTo(1 - 15.0 / 150, within(1e-12));
        IntervalXYDataset points = (IntervalXYDataset) ratio.getDataset(1);
        // bin 3 has no prediction: no ratio there
        assertThat(points.getItemCount(0)).isEqualTo(3);
        assertThat(points.getYValue(0, 0)).isCloseTo(160.0 / 150, within(1e-12));
        assertThat(points.getEndYValue(0, 1)).isCloseTo(137.0 / 120, within(1e-12));
        var axis = (org.jfree.chart.axis.NumberAxis) ratio.getRangeAxis();
        assertThat(axis.getNumberFormatOverride().format(axis.getUpperBound())).isEmpty();
        assertThat(axis.getNumberFormatOverride().format(1.0)).isEqualTo("1");
        // the hatching is drawn (grey lines), also over bins with a layer colour
        BufferedImage image = chart.render(600, 600, null);
        assertThat(count(image, HatchPainter.HATCH.getRGB() & 0xFFFFFF)).isPositive();
    }

    @Test
    void stackedWithRatioOnALogAxisStartsADecadeBelowTheSmallestTotal() {
        Chart chart = Plots.stackedWithRatio(PlotSpec.of("SR", "bin", "events", true), new double[] {0, 1, 2, 3, 4},
                layers(), new double[] {15, 12, 5, 0}, data());
        XYPlot main = ((CombinedDomainXYPlot) chart.jfreeChart().getPlot()).getSubplots().get(0);
        // smallest positive total 60 → floor 10^floor(log10(6)) = 1
        assertThat(main.getRangeAxis().getLowerBound()).isCloseTo(1.0, within(1e-9));
        assertThat(((IntervalXYDataset) main.getDataset(0)).getStartYValue(0, 0)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void stackedWithRatioRejectsMismatchedInput() {
        assertThatThrownBy(() -> Plots.stackedWithRatio(PlotSpec.of("", "", "", false), new double[] {0, 1, 2},
                layers(), new double[2], null)).hasMessageContaining("has 4 values for 2 bins");
        assertThatThrownBy(() -> Plots.stackedWithRatio(PlotSpec.of("", "", "", false), new double[] {0, 2, 1, 3, 4},
                layers(), new double[4], null)).hasMessageContaining("increasing");
    }

    @Test
    void writeChoosesTheFormatFromTheSuffixOrWritesAllThree() throws Exception {
        Chart chart = Plots.pulls(PlotSpec.of("", "pull", "", false), pullRows(3));
        assertThat(chart.write(dir.resolve("one.SVG"))).containsExactly(dir.resolve("one.SVG"));
        assertThat(Files.readString(dir.resolve("one.SVG"))).contains("<svg");
        assertThat(chart.write(dir.resolve("sub/all"))).containsExactly(dir.resolve("sub/all.png"),
                dir.resolve("sub/all.svg"), dir.resolve("sub/all.pdf"));
        for (String f : List.of("all.png", "all.svg", "all.pdf")) {
            assertThat(Files.size(dir.resolve("sub").resolve(f))).isPositive();
        }
        assertThatThrownBy(() -> chart.write(dir.resolve("figure.jpg"))).hasMessageContaining(".png, .svg or .pdf");
        assertThat(dir.resolve("figure.jpg")).doesNotExist();
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
