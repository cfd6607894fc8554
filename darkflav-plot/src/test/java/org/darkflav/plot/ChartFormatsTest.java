package org.darkflav.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every chart type writes valid PNG, SVG and PDF files of the requested size, with Unicode text intact. */
class ChartFormatsTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path dir;

    static Stream<Arguments> charts() {
        return Stream.of(
                chart("brazil", "Upper limit σ-scan", () -> Plots.brazil(
                        new PlotSpec("Upper limit σ-scan", "m_X [GeV]", "Br(B → K X)", true, List.of("Belle II")),
                        PlotFixtures.expected(), PlotFixtures.observed(), List.of(PlotFixtures.paperCurve()))),
                chart("bestfit", "Best fit ±1σ", () -> Plots.bestFitBand(
                        new PlotSpec("Best fit ±1σ", "m_X [GeV]", "Br(B → K X)", false, null),
                        PlotFixtures.expected(), List.of(PlotFixtures.paperCurve()))),
                chart("stacked", "Spectrum (±σ stat.)", () -> Plots.stackedBins(
                        PlotSpec.of("Spectrum (±σ stat.)", "bin", "Events", false), PlotFixtures.binLabels(),
                        PlotFixtures.backgrounds(), PlotFixtures.data(), PlotFixtures.signal())),
                chart("lines", "Local significance [σ]", () -> Plots.lines(
                        PlotSpec.of("Local significance [σ]", "m_X [GeV]", "Z [σ]", false),
                        List.of(PlotFixtures.curve("Belle II", 0.5), PlotFixtures.curve("combined", 0.3)))),
                chart("pulls", "Pulls (θ − θ₀)/σ", () -> Plots.pulls(
                        PlotSpec.of("Pulls (θ − θ₀)/σ", "pull", "", false), FitChartsTest.pullRows(5))),
                chart("impacts", "Impacts on μ, ±σ", () -> Plots.impacts(PlotSpec.of("Impacts on μ, ±σ", "Δμ", "",
                        false), "pull", List.of(new ImpactRow("a", 0.3, -0.2, 0.2, -0.1, 0.4, 0.8)))),
                chart("correlations", "Correlations (σ-scaled)", () -> Plots.correlations(
                        PlotSpec.of("Correlations (σ-scaled)", "", "", false), List.of("a", "b"),
                        new double[][] {{1, -0.4}, {-0.4, 1}})),
                chart("ratio", "SR ±1σ", () -> Plots.stackedWithRatio(PlotSpec.of("SR ±1σ", "bin", "events", false),
                        new double[] {0, 1, 2, 3, 4}, FitChartsTest.layers(), new double[] {15, 12, 5, 0},
                        FitChartsTest.data())));
    }

    private static Arguments chart(String name, String title, Supplier<Chart> chart) {
        return Arguments.of(name, title, chart);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void pngHasTheSignatureAndTheRequestedSize(String name, String title, Supplier<Chart> chart) throws IOException {
        Path file = dir.resolve(name + ".png");
        chart.get().writePng(file, 640, 480);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void svgIsXmlWithTheTitleAndSigmaAsText(String name, String title, Supplier<Chart> chart) throws Exception {
        Path file = dir.resolve(name + ".svg");
        chart.get().writeSvg(file, 640, 480);

        Document svg = parseXml(Files.readAllBytes(file));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("640.0");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains(title).contains("σ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void pdfIsAPdfWithTextAsOutlines(String name, String title, Supplier<Chart> chart) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        chart.get().writePdf(file, 640, 480);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // the legend, labels and tick marks alone need several kB of path operators
        assertThat(bytes.length).isGreaterThan(5_000);
        // with the standard-font text mode "±1σ" would be written as "(±1?) Tj"; vector text has no text operators
        String content = pageContent(bytes);
        assertThat(content).doesNotContain(" Tj").doesNotContain("BT\n");
        // glyph outlines are Bézier curves ("c"); the frame and ticks are lines ("l")
        assertThat(content).contains(" c\n").contains(" l\n");
    }

    @Test
    void writeAllWritesThreeFilesAtTheDefaultSizeAndNoTemporaryFiles() throws IOException {
        Plots.brazil(PlotSpec.of("limits", "m_X [GeV]", "Br", true), PlotFixtures.expected(),
                PlotFixtures.observed(), null).writeAll(dir.resolve("sub").resolve("limits"));

        try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("limits.pdf", "limits.png", "limits.svg");
        }
        BufferedImage image = ImageIO.read(dir.resolve("sub/limits.png").toFile());
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(450);
    }

    @Test
    void rejectsImpossibleSizes() {
        Chart chart = Plots.lines(PlotSpec.of("t", "x", "y", false), List.of(PlotFixtures.curve("a", 1)));
        assertThatThrownBy(() -> chart.writePng(dir.resolve("a.png"), 0, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 x 100");
        assertThatThrownBy(() -> chart.writeSvg(dir.resolve("a.svg"), 100, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("a.png")).doesNotExist();
    }

    private static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // JFreeSVG writes a DOCTYPE pointing at the W3C DTD: never fetch it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** The inflated page content stream (OrsonPDF writes one Flate-compressed stream per page). */
    private static String pageContent(byte[] pdf) {
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int filter = latin.indexOf("/FlateDecode");
        assertThat(filter).as("compressed content stream").isPositive();
        int start = latin.indexOf("stream", filter) + "stream".length();
        while (latin.charAt(start) == '\r' || latin.charAt(start) == '\n') {
            start++;
        }
        int end = latin.indexOf("endstream", start);
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, start, end - start);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new AssertionError("content stream does not inflate", e);
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
