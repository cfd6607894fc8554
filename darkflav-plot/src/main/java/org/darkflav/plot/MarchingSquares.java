package org.darkflav.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a function sampled on a regular grid (marching squares with linear interpolation
 * along cell edges; saddle cells resolved by the cell-centre average). Returns the line as one
 * {@link Series} of segments separated by NaN-y break points, which the line renderer draws as gaps.
 */
public final class MarchingSquares {

    private MarchingSquares() {}

    /**
     * @param x grid x values (increasing)
     * @param y grid y values (increasing)
     * @param values values[iy][ix]
     */
    public static Series contour(String label, double[] x, double[] y, double[][] values, double level) {
        List<double[]> points = new ArrayList<>();
        for (int j = 0; j + 1 < y.length; j++) {
            for (int i = 0; i + 1 < x.length; i++) {
                cell(x, y, values, level, i, j, points);
            }
        }
        double[] px = new double[points.size()];
        double[] py = new double[points.size()];
        for (int k = 0; k < px.length; k++) {
            px[k] = points.get(k)[0];
            py[k] = points.get(k)[1];
        }
        if (px.length == 0) {
            // nothing crosses the level: a single invisible point keeps the series valid
            return new Series(label, new double[] {x[0]}, new double[] {Double.NaN});
        }
        return new Series(label, px, py);
    }

    private static void cell(double[] x, double[] y, double[][] v, double level, int i, int j, List<double[]> out) {
        // corners counter-clockwise from bottom-left: (i,j) (i+1,j) (i+1,j+1) (i,j+1)
        double[] cx = {x[i], x[i + 1], x[i + 1], x[i]};
        double[] cy = {y[j], y[j], y[j + 1], y[j + 1]};
        double[] cv = {v[j][i], v[j][i + 1], v[j + 1][i + 1], v[j + 1][i]};
        for (double c : cv) {
            if (!Double.isFinite(c)) {
                return;
            }
        }
        List<double[]> crossings = new ArrayList<>(4);
        for (int e = 0; e < 4; e++) {
            int a = e;
            int b = (e + 1) % 4;
            if ((cv[a] < level) != (cv[b] < level)) {
                double t = (level - cv[a]) / (cv[b] - cv[a]);
                crossings.add(new double[] {cx[a] + t * (cx[b] - cx[a]), cy[a] + t * (cy[b] - cy[a]), e});
            }
        }
        if (crossings.size() == 2) {
            segment(crossings.get(0), crossings.get(1), out);
        } else if (crossings.size() == 4) {
            // saddle: pair edges so that the centre's side is respected
            double centre = (cv[0] + cv[1] + cv[2] + cv[3]) / 4;
            boolean centreBelow = centre < level;
            boolean firstBelow = cv[0] < level;
            if (centreBelow == firstBelow) {
                segment(crossings.get(0), crossings.get(1), out);
                segment(crossings.get(2), crossings.get(3), out);
            } else {
                segment(crossings.get(3), crossings.get(0), out);
                segment(crossings.get(1), crossings.get(2), out);
            }
        }
    }

    private static void segment(double[] p, double[] q, List<double[]> out) {
        out.add(new double[] {p[0], p[1]});
        out.add(new double[] {q[0], q[1]});
        out.add(new double[] {q[0], Double.NaN});
    }
}
