package org.darkflav.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.xy.XYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints bars as grey 45° hatching without a fill, the usual look of an uncertainty band over a stacked
 * histogram. The hatching is drawn as lines, not as a texture paint, so it stays vector in SVG and PDF.
 */
final class HatchPainter implements XYBarPainter {

    static final Color HATCH = new Color(90, 90, 90);
    private static final double SPACING = 5;
    private static final BasicStroke STROKE = new BasicStroke(0.8f);

    @Override
    public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        hatch(g2, bar.getBounds2D());
    }

    @Override
    public void paintBarShadow(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base, boolean pegShadow) {
        // no shadows
    }

    static void hatch(Graphics2D g2, Rectangle2D box) {
        Shape clip = g2.getClip();
        g2.clip(box);
        g2.setPaint(HATCH);
        g2.setStroke(STROKE);
        double h = box.getHeight();
        for (double x = box.getMinX() - h; x < box.getMaxX(); x += SPACING) {
            g2.draw(new Line2D.Double(x, box.getMaxY(), x + h, box.getMinY()));
        }
        g2.setClip(clip);
    }

    /** A hatched box for legends: the hatch lines drawn as the item's line shape. */
    static LegendItem legendItem(String label) {
        Path2D lines = new Path2D.Double();
        for (double x = -16; x < 14; x += 4) {
            double x0 = Math.max(-14, x);
            double x1 = Math.min(14, x + 10);
            // the segment of y = −(t − x) + 5 ... clipped to the 28 × 10 legend box
            lines.moveTo(x0, 5 - (x0 - x));
            lines.lineTo(x1, 5 - (x1 - x));
        }
        return new LegendItem(label, null, null, null, false, new Rectangle2D.Double(-14, -5, 28, 10), false,
                HATCH, true, HATCH, STROKE, true, lines, STROKE, HATCH);
    }
}
