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
import java.util.List;
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

    private static final List<String> FORMATS = List.of("png", "svg", "pdf");

    private final JFreeChart chart;
    private final int width;
    private final int height;

    Chart(JFreeChart chart) {
        this(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** A chart whose content needs another size than the default, e.g. one row per parameter. */
    Chart(JFreeChart chart, int width, int height) {
        this.chart = Objects.requireNonNull(chart);
        checkSize(width, height);
        this.width = width;
        this.height = height;
    }

    /** The size {@link #writeAll} and {@link #write} use: 600 × 450 unless the content needs more. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
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

    /** Writes {@code base}.png, {@code base}.svg and {@code base}.pdf at the chart's size. */
    public void writeAll(Path base) {
        Objects.requireNonNull(base, "base path");
        String name = base.getFileName().toString();
        writePng(base.resolveSibling(name + ".png"), width, height);
        writeSvg(base.resolveSibling(name + ".svg"), width, height);
        writePdf(base.resolveSibling(name + ".pdf"), width, height);
    }

    /**
     * Writes {@code target} in the format its suffix names (.png, .svg or .pdf), or all three next to each other
     * when its file name has no suffix at all ({@code fig/pulls} gives pulls.png, pulls.svg and pulls.pdf).
     *
     * @return the files written
     * @throws IllegalArgumentException for any other suffix, before anything is written
     */
    public List<Path> write(Path target) {
        List<Path> files = outputFiles(target);
        for (Path f : files) {
            switch (suffix(f)) {
                case "png" -> writePng(f, width, height);
                case "svg" -> writeSvg(f, width, height);
                default -> writePdf(f, width, height);
            }
        }
        return files;
    }

    /**
     * The files {@link #write} would write for {@code target}, to check a user's file name before the work
     * that makes the chart.
     *
     * @throws IllegalArgumentException if the suffix is not .png, .svg or .pdf
     */
    public static List<Path> outputFiles(Path target) {
        Objects.requireNonNull(target, "target path");
        Path name = target.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("'" + target + "' is not a file name; give e.g. pulls.png, or pulls"
                    + " for pulls.png, pulls.svg and pulls.pdf");
        }
        String text = name.toString();
        if (text.indexOf('.') < 0) {
            return FORMATS.stream().map(f -> target.resolveSibling(text + "." + f)).toList();
        }
        if (!FORMATS.contains(suffix(target))) {
            throw new IllegalArgumentException("cannot write '" + target + "': the suffix must be .png, .svg or .pdf,"
                    + " or give a name without a suffix for all three");
        }
        return List.of(target);
    }

    private static String suffix(Path file) {
        String text = file.getFileName().toString();
        return text.substring(text.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
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
