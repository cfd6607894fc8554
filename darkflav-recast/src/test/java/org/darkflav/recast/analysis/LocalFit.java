package org.darkflav.recast.analysis;

import org.darkflav.fit.Objective;
import org.darkflav.infer.StatisticalModel;

/**
 * Test-scope stand-in for darkflav's minimiser (not yet merged): BFGS with the model's analytic
 * gradient and a backtracking line search that refuses steps outside the parameter bounds. Adequate
 * for the paper-method models, whose minima lie well inside the bounds.
 */
final class LocalFit {
    private static final int MAX_ITERATIONS = 2000;
    private static final double GRADIENT_TOLERANCE = 1e-7;

    private LocalFit() {}

    /** Minimum of twice-NLL; the POI is fixed at {@code poiValue} unless it is NaN. Returns {value, poiHat}. */
    static double[] minimise(StatisticalModel model, double poiValue) {
        Objective nll = model.twiceNll(model.observedData());
        double[] full = model.suggestedInit();
        boolean[] fixed = model.suggestedFixed().clone();
        int poi = model.poiIndex();
        if (!Double.isNaN(poiValue)) {
            full[poi] = poiValue;
            fixed[poi] = true;
        }
        int n = 0;
        for (boolean f : fixed) {
            n += f ? 0 : 1;
        }
        int[] map = new int[n];
        for (int i = 0, k = 0; i < fixed.length; i++) {
            if (!fixed[i]) {
                map[k++] = i;
            }
        }
        double[] lo = model.lowerBounds();
        double[] hi = model.upperBounds();
        double[] gFull = new double[full.length];
        double[] g = new double[n];
        double f = eval(nll, full, gFull, map, g);
        double[][] h = identity(n);
        double[] trial = full.clone();
        double[] gTrial = new double[n];
        for (int it = 0; it < MAX_ITERATIONS && maxAbs(g) > GRADIENT_TOLERANCE; it++) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    d[i] -= h[i][j] * g[j];
                }
            }
            double slope = dot(d, g);
            if (slope >= 0) {
                h = identity(n);
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                slope = dot(d, g);
            }
            double step = 1;
            double fTrial = Double.NaN;
            for (int ls = 0; ls < 60; ls++, step *= 0.5) {
                boolean inside = true;
                for (int k = 0; k < n; k++) {
                    double v = full[map[k]] + step * d[k];
                    inside &= v > lo[map[k]] && v < hi[map[k]];
                    trial[map[k]] = v;
                }
                if (inside) {
                    fTrial = eval(nll, trial, gFull, map, gTrial);
                    if (fTrial <= f + 1e-4 * step * slope) {
                        break;
                    }
                }
                fTrial = Double.NaN;
            }
            if (Double.isNaN(fTrial)) {
                break;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                s[k] = trial[map[k]] - full[map[k]];
                y[k] = gTrial[k] - g[k];
                full[map[k]] = trial[map[k]];
            }
            bfgsUpdate(h, s, y);
            f = fTrial;
            System.arraycopy(gTrial, 0, g, 0, n);
        }
        return new double[] {f, full[poi]};
    }

    private static double eval(Objective nll, double[] x, double[] gFull, int[] map, double[] g) {
        double v = nll.valueAndGradient(x, gFull);
        for (int k = 0; k < map.length; k++) {
            g[k] = gFull[map[k]];
        }
        return v;
    }

    private static void bfgsUpdate(double[][] h, double[] s, double[] y) {
        double sy = dot(s, y);
        if (!(sy > 1e-300)) {
            return;
        }
        int n = s.length;
        double[] hy = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hy[i] += h[i][j] * y[j];
            }
        }
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += ((sy + yhy) * s[i] * s[j]) / (sy * sy) - (hy[i] * s[j] + s[i] * hy[j]) / sy;
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i][i] = 1e-2;
        }
        return h;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
