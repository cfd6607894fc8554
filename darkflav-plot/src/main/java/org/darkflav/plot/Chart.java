package org.darkflav.plot;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.PDFHints;
import com.orsonpdf.Page;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.darkflav.io.AtomicFiles;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A finished plot, made by {@link Plots}, that writes itself as PNG (raster), SVG or PDF (both vector). Every file
 * is written atomically: a reader never sees a half-written plot. Not thread-safe: JFreeChart draws through
 * shared chart state, so write one chart from one thread at a time.
 */
public final class Chart {

    static {
        Headless.ensure();
    }

    /** Default size in pixels (PNG) or points (SVG, PDF) used by {@link #writeAll}. */
    public static final int DEFAULT_WIDTH = 600;
    public static final int DEFAULT_HEIGHT = 450;

    private final JFreeChart chart;

    Chart(JFreeChart chart) {
        this.chart = Objects.requireNonNull(chart);
    }

    /** The underlying chart, for tests in this package. */
    JFreeChart jfreeChart() {
        return chart;
    }

    /** Writes a PNG of {@code width} × {@code height} pixels on a white background. */
    public void writePng(Path file, int width, int height) {
        AtomicFiles.write(file, pngBytes(width, height));
    }

    /** Writes an SVG of {@code width} × {@code height} user units; text stays text (searchable, selectable). */
    public void writeSvg(Path file, int width, int height) {
        AtomicFiles.write(file, svgBytes(width, height));
    }

    /**
     * Writes a one-page PDF of {@code width} × {@code height} points. Text is drawn as vector outlines because the
     * standard PDF fonts OrsonPDF would use have no "±", "σ" or "→".
     */
    public void writePdf(Path file, int width, int height) {
        AtomicFiles.write(file, pdfBytes(width, height));
    }

    /** Writes {@code base}.png, {@code base}.svg and {@code base}.pdf at 600 × 450. */
    public void writeAll(Path base) {
        Objects.requireNonNull(base, "base path");
        String name = base.getFileName().toString();
        writePng(base.resolveSibling(name + ".png"), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        writeSvg(base.resolveSibling(name + ".svg"), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        writePdf(base.resolveSibling(name + ".pdf"), DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    byte[] pngBytes(int width, int height) {
        BufferedImage image = render(width, height, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Draws the chart into an RGB image; {@code info} (may be null) receives the data area, for tests. */
    BufferedImage render(int width, int height, ChartRenderingInfo info) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.draw(g2, new Rectangle(width, height), info);
        } finally {
            g2.dispose();
        }
        return image;
    }

    byte[] svgBytes(int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(width, height));
        return g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    byte[] pdfBytes(int width, int height) {
        checkSize(width, height);
        PDFDocument document = new PDFDocument();
        document.setTitle(chart.getTitle() == null ? "" : chart.getTitle().getText());
        Page page = document.createPage(new Rectangle(width, height));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle(width, height));
        return document.getPDFBytes();
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0 || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException("plot size must be between 1 and 20000 in each direction, got "
                    + width + " x " + height);
        }
    }
}
