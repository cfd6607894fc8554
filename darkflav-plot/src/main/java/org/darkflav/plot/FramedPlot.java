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
 * draw their labels and this plot draws the ticks last.
 */
final class FramedPlot extends XYPlot {

    private static final long serialVersionUID = 1L;
    static final double MAJOR_TICK = 7;
    static final double MINOR_TICK = 4;

    @Override
    public void drawOutline(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.0f));
        for (ValueTick tick : ticks(g2, getDomainAxis(), area, RectangleEdge.BOTTOM)) {
            double x = getDomainAxis().valueToJava2D(tick.getValue(), area, RectangleEdge.BOTTOM);
            double len = length(tick);
            if (x >= area.getMinX() && x <= area.getMaxX()) {
                g2.draw(new Line2D.Double(x, area.getMaxY(), x, area.getMaxY() - len));
                g2.draw(new Line2D.Double(x, area.getMinY(), x, area.getMinY() + len));
            }
        }
        for (ValueTick tick : ticks(g2, getRangeAxis(), area, RectangleEdge.LEFT)) {
            double y = getRangeAxis().valueToJava2D(tick.getValue(), area, RectangleEdge.LEFT);
            double len = length(tick);
            if (y >= area.getMinY() && y <= area.getMaxY()) {
                g2.draw(new Line2D.Double(area.getMinX(), y, area.getMinX() + len, y));
                g2.draw(new Line2D.Double(area.getMaxX(), y, area.getMaxX() - len, y));
            }
        }
        super.drawOutline(g2, area);
    }

    @SuppressWarnings("unchecked")
    private static List<ValueTick> ticks(Graphics2D g2, ValueAxis axis, Rectangle2D area, RectangleEdge edge) {
        return (List<ValueTick>) axis.refreshTicks(g2, new AxisState(), area, edge);
    }

    private static double length(ValueTick tick) {
        return tick.getTickType() == TickType.MAJOR ? MAJOR_TICK : MINOR_TICK;
    }
}
