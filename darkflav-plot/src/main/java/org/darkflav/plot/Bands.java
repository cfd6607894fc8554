package org.darkflav.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Filled bands between a lower and an upper edge. A band with NaN edges is split into separate runs, because
 * the renderer fills one polygon per series and a NaN vertex would corrupt it.
 */
final class Bands {
    final YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    private final List<Color> colors = new ArrayList<>();

    void add(List<BandPoint> points, ToDoubleFunction<BandPoint> lo, ToDoubleFunction<BandPoint> hi,
            Color color) {
        YIntervalSeries run = null;
        for (BandPoint p : points) {
            double l = lo.applyAsDouble(p);
            double h = hi.applyAsDouble(p);
            if (Double.isNaN(l) || Double.isNaN(h)) {
                run = null;
                continue;
            }
            if (run == null) {
                run = new YIntervalSeries(dataset.getSeriesCount(), false, true);
                dataset.addSeries(run);
                colors.add(color);
            }
            run.add(p.x(), (l + h) / 2, l, h);
        }
    }

    DeviationRenderer renderer() {
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setAlpha(1.0f);
        for (int i = 0; i < colors.size(); i++) {
            renderer.setSeriesFillPaint(i, colors.get(i));
            renderer.setSeriesPaint(i, colors.get(i));
        }
        return renderer;
    }
}
