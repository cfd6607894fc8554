package org.darkflav.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * An XY plot whose tick marks point inwards on all four sides and are drawn after the data. JFreeChart draws axes
 * before the data, so filled bands or histogram bars would otherwise hide inside ticks; the axes therefore only
 * draw their labels and this plot draws the ticks last. Each axis gets its ticks on its own edge, and also on the
 * opposite edge unless a second axis of the same direction sits there (e.g. a pull axis above an impact axis).
 * Works in both orientations and as a subplot sharing its parent's axis.
 */
final class FramedPlot extends XYPlot {

    private static final long serialVersionUID = 1L;
    static final double MAJOR_TICK = 7;
    static final double MINOR_TICK = 4;

    @Override
    public void drawOutline(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.0f));
        int domainAxes = Math.max(1, getDomainAxisCount());
        for (int i = 0; i < domainAxes; i++) {
            drawTicks(g2, area, getDomainAxis(i), getDomainAxisEdge(i), domainAxes == 1);
        }
        int rangeAxes = Math.max(1, getRangeAxisCount());
        for (int i = 0; i < rangeAxes; i++) {
            drawTicks(g2, area, getRangeAxis(i), getRangeAxisEdge(i), rangeAxes == 1);
        }
        super.drawOutline(g2, area);
    }

    private static void drawTicks(Graphics2D g2, Rectangle2D area, ValueAxis axis, RectangleEdge edge,
            boolean mirror) {
        if (axis == null) {
            return;
        }
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        for (ValueTick tick : ticks(g2, axis, area, edge)) {
            double v = axis.valueToJava2D(tick.getValue(), area, edge);
            double len = tick.getTickType() == TickType.MAJOR ? MAJOR_TICK : MINOR_TICK;
            if (horizontal && v >= area.getMinX() && v <= area.getMaxX()) {
                if (mirror || edge == RectangleEdge.BOTTOM) {
                    g2.draw(new Line2D.Double(v, area.getMaxY(), v, area.getMaxY() - len));
                }
                if (mirror || edge == RectangleEdge.TOP) {
                    g2.draw(new Line2D.Double(v, area.getMinY(), v, area.getMinY() + len));
                }
            } else if (!horizontal && v >= area.getMinY() && v <= area.getMaxY()) {
                if (mirror || edge == RectangleEdge.LEFT) {
                    g2.draw(new Line2D.Double(area.getMinX(), v, area.getMinX() + len, v));
                }
                if (mirror || edge == RectangleEdge.RIGHT) {
                    g2.draw(new Line2D.Double(area.getMaxX(), v, area.getMaxX() - len, v));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ValueTick> ticks(Graphics2D g2, ValueAxis axis, Rectangle2D area, RectangleEdge edge) {
        return (List<ValueTick>) axis.refreshTicks(g2, new AxisState(), area, edge);
    }
}
