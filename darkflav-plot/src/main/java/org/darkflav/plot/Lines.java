package org.darkflav.plot;

import java.awt.Color;
import java.awt.Stroke;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Curves with per-series stroke and colour; NaN y values leave gaps. */
final class Lines {
    final XYSeriesCollection dataset = new XYSeriesCollection();
    final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);

    Lines() {
        renderer.setDrawSeriesLineAsPath(true);
    }

    void add(Series s, Stroke stroke, Color color) {
        int index = dataset.getSeriesCount();
        XYSeries series = new XYSeries(index, true, true);
        double[] x = s.x();
        double[] y = s.y();
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        dataset.addSeries(series);
        renderer.setSeriesStroke(index, stroke);
        renderer.setSeriesPaint(index, color);
    }
}
