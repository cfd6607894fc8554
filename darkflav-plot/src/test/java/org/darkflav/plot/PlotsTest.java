package org.darkflav.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** What the plots draw: bands visible and in the right order, gaps at NaN, log axes in decades, stacks summed. */
class PlotsTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void brazilPlotShowsBothBandsWithTheGreenOneOnTop() {
        Chart chart = Plots.brazil(PlotSpec.of("limits", "m_X [GeV]", "Br", true), PlotFixtures.expected(),
                PlotFixtures.observed(), List.of(PlotFixtures.paperCurve()));
        BufferedImage image = chart.render(600, 450, null);

        // the 1σ band is 0.7..1.4 of the median and the 2σ band 0.5..1.9: in log y the green band is
        // log(2) ≈ 0.30 decades high, the two yellow strips together log(3.8/1.4) ≈ 0.43 decades. Drawn in the
        // wrong order (2σ last) the green band would be covered and count zero.
        int green = count(image, PlotsTest::isGreen);
        int yellow = count(image, PlotsTest::isYellow);
        assertThat(green).isGreaterThan(5_000);
        assertThat(yellow).isGreaterThan(5_000);
        assertThat((double) green / yellow).isBetween(0.4, 1.2);
    }

    @Test
    void nanBandEdgesLeaveAGapInsteadOfACorruptPolygon() {
        List<BandPoint> points = new ArrayList<>(PlotFixtures.expected());
        BandPoint hole = points.get(11); // m_X = 2.2 GeV
        points.set(11, new BandPoint(hole.x(), hole.central(), Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        Chart chart = Plots.brazil(PlotSpec.of("gap", "m_X [GeV]", "Br", true), points, null, null);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.render(600, 450, info);

        XYPlot plot = chart.jfreeChart().getXYPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        int atGap = (int) Math.round(plot.getDomainAxis().valueToJava2D(2.2, area, RectangleEdge.BOTTOM));
        int beforeGap = (int) Math.round(plot.getDomainAxis().valueToJava2D(1.0, area, RectangleEdge.BOTTOM));
        assertThat(countInColumn(image, atGap, PlotsTest::isGreen)).isZero();
        assertThat(countInColumn(image, atGap, PlotsTest::isYellow)).isZero();
        assertThat(countInColumn(image, beforeGap, PlotsTest::isGreen)).isGreaterThan(10);
    }

    @Test
    void logAxisSpansWholeDecadesAndIsLabelledPerDecade() {
        Chart chart = Plots.brazil(PlotSpec.of("limits", "m_X [GeV]", "Br", true), PlotFixtures.expected(),
                PlotFixtures.observed(), null);
        ValueAxis axis = chart.jfreeChart().getXYPlot().getRangeAxis();

        assertThat(axis).isInstanceOf(LogAxis.class);
        LogAxis log = (LogAxis) axis;
        assertThat(log.getBase()).isEqualTo(10.0);
        assertThat(log.getTickUnit().getSize()).isEqualTo(1.0);
        assertThat(log.getTickUnit().getMinorTickCount()).isEqualTo(9);
        // smallest value drawn: lo2 at m_X = 0, 0.5e-5; largest: hi2 at 4.6 GeV, 1.9 × 1e-5 × (1 + 4.6²/4)
        // = 1.195e-4, plus 0.3 decades of head room: the axis runs from 1e-6 to 1e-3
        assertThat(Math.log10(log.getLowerBound())).isCloseTo(-6.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Math.log10(log.getUpperBound())).isCloseTo(-3.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void linearBrazilPlotHasANumberAxisIncludingZero() {
        Chart chart = Plots.brazil(PlotSpec.of("limits", "m_X [GeV]", "Br", false), PlotFixtures.expected(),
                null, null);
        ValueAxis axis = chart.jfreeChart().getXYPlot().getRangeAxis();
        assertThat(axis).isInstanceOf(NumberAxis.class);
        assertThat(axis.getLowerBound()).isEqualTo(0.0);
        // hi2 at 4.6 GeV = 1.195e-4 must be inside
        assertThat(axis.getUpperBound()).isGreaterThan(1.195e-4);
    }

    @Test
    void stackedBinsStackTheBackgroundsAndKeepTheDataAbove() {
        Chart chart = Plots.stackedBins(PlotSpec.of("spectrum", "bin", "Events", false), PlotFixtures.binLabels(),
                PlotFixtures.backgrounds(), PlotFixtures.data(), PlotFixtures.signal());
        XYPlot plot = chart.jfreeChart().getXYPlot();

        // dataset 0 holds the stack: layer 2 (τ pairs) in bin 0 spans 50+100 .. 50+100+5
        var stack = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(0);
        assertThat(stack.getSeriesCount()).isEqualTo(3);
        assertThat(stack.getStartYValue(2, 0)).isEqualTo(150.0);
        assertThat(stack.getEndYValue(2, 0)).isEqualTo(155.0);
        assertThat(stack.getStartYValue(0, 3)).isEqualTo(0.0);
        // data error bars are √n: 160 ± 12.65 in bin 0
        var data = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(1);
        assertThat(data.getEndYValue(0, 0) - data.getYValue(0, 0)).isCloseTo(Math.sqrt(160), within());
        // the y axis shows the largest data point including its error bar
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(160 + Math.sqrt(160));
    }

    @Test
    void stackedBinsOnALogAxisStartTheStackAtTheAxisFloorAndSkipEmptyBins() {
        Chart chart = Plots.stackedBins(PlotSpec.of("spectrum", "bin", "Events", true), PlotFixtures.binLabels(),
                PlotFixtures.backgrounds(), PlotFixtures.data(), null);
        XYPlot plot = chart.jfreeChart().getXYPlot();
        double floor = plot.getRangeAxis().getLowerBound();

        var stack = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(0);
        assertThat(stack.getStartYValue(0, 0)).isEqualTo(floor);
        // data bin 3 has n = 0: no marker on a log axis (log 0 does not exist)
        var data = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(1);
        assertThat(data.getYValue(0, 3)).isNaN();
        assertThat(count(chart.render(600, 450, null), c -> c == 0x9ECAE1)).isPositive();
    }

    @Test
    void singleLineHasNoLegendButSeveralDo() {
        Chart one = Plots.lines(PlotSpec.of("Δ(2NLL)", "m_X [GeV]", "Δ(2NLL)", false),
                List.of(PlotFixtures.curve("scan", 1)));
        Chart two = Plots.lines(PlotSpec.of("Δ(2NLL)", "m_X [GeV]", "Δ(2NLL)", false),
                List.of(PlotFixtures.curve("a", 1), PlotFixtures.curve("b", 2)));
        assertThat(one.jfreeChart().getXYPlot().getAnnotations()).isEmpty();
        assertThat(two.jfreeChart().getXYPlot().getAnnotations()).hasSize(1);
    }

    @Test
    void referenceLinesAreDrawnBehindTheCurves() {
        Chart chart = Plots.lines(PlotSpec.of("Δ(2NLL)", "m_X [GeV]", "Δ(2NLL)", false),
                List.of(PlotFixtures.curve("scan", 1)), List.of(1.0, 4.0));
        var markers = chart.jfreeChart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
        assertThat(markers).hasSize(2);
        assertThat(markers.stream().map(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()))
                .containsExactlyInAnyOrder(1.0, 4.0);
        assertThat(count(chart.render(600, 450, null), c -> c == 0x808080)).isPositive();
    }

    @Test
    void singleCountsOnALogAxisKeepTheirMarkerAboveTheFloor() {
        double[] counts = {160, 125, 1, 0};
        Chart chart = Plots.stackedBins(PlotSpec.of("spectrum", "bin", "Events", true), PlotFixtures.binLabels(),
                PlotFixtures.backgrounds(), counts, null);
        XYPlot plot = chart.jfreeChart().getXYPlot();
        // n = 1 has its √n bar down to 0; the axis floor goes one decade lower (0.1) so the marker at 1 shows
        assertThat(plot.getRangeAxis().getLowerBound()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        var data = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(1);
        assertThat(data.getYValue(0, 2)).isEqualTo(1.0);
        assertThat(data.getEndYValue(0, 3)).isNaN();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }

    interface RgbTest {
        boolean test(int rgb);
    }

    private static boolean isGreen(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return g > 150 && r < 80 && b < 80;
    }

    private static boolean isYellow(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 200 && g > 180 && b < 80;
    }

    private static int count(BufferedImage image, RgbTest test) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int countInColumn(BufferedImage image, int x, RgbTest test) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            if (test.test(image.getRGB(x, y) & 0xFFFFFF)) {
                n++;
            }
        }
        return n;
    }
}
