package org.darkflav.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A diverging colour scale from −1 (dark red) through 0 (white-grey) to +1 (dark blue): ColorBrewer's 11-class
 * RdBu, the scale cabinetry draws correlations with, interpolated linearly between its classes.
 */
final class DivergingScale implements PaintScale {

    private static final int[] RD_BU = {
        0x67001F, 0xB2182B, 0xD6604D, 0xF4A582, 0xFDDBC7, 0xF7F7F7, 0xD1E5F0, 0x92C5DE, 0x4393C3, 0x2166AC, 0x053061,
    };

    @Override
    public double getLowerBound() {
        return -1;
    }

    @Override
    public double getUpperBound() {
        return 1;
    }

    /** Values outside [−1, 1] take the end colours; NaN is drawn light grey. */
    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return Color.LIGHT_GRAY;
        }
        double t = (Math.max(-1, Math.min(1, value)) + 1) / 2 * (RD_BU.length - 1);
        int i = Math.min((int) t, RD_BU.length - 2);
        double f = t - i;
        return new Color(mix(RD_BU[i] >> 16, RD_BU[i + 1] >> 16, f), mix(RD_BU[i] >> 8, RD_BU[i + 1] >> 8, f),
                mix(RD_BU[i], RD_BU[i + 1], f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
    }
}
