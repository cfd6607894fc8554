package org.darkflav.plot;

import java.util.ArrayList;
import java.util.List;

/** Made-up but physics-shaped inputs: a limit scan in m_X, a four-bin spectrum. */
final class PlotFixtures {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Masses 0.0, 0.2, ..., 4.6 GeV. */
    static final int POINTS = 24;

    private PlotFixtures() {}

    static double mass(int i) {
        return 0.2 * i;
    }

    /** Expected limit rising with mass, bands ×0.7/×1.4 (1σ) and ×0.5/×1.9 (2σ); all positive, for log axes. */
    static List<BandPoint> expected() {
        List<BandPoint> points = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            double c = 1e-5 * (1 + mass(i) * mass(i) / 4);
            points.add(new BandPoint(mass(i), c, 0.7 * c, 1.4 * c, 0.5 * c, 1.9 * c));
        }
        return points;
    }

    static Series observed() {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = mass(i);
            y[i] = 1e-5 * (1 + mass(i) * mass(i) / 4) * (1 + 0.4 * Math.sin(3 * mass(i)));
        }
        return new Series("Observed", x, y);
    }

    static Series paperCurve() {
        double[] x = {0.0, 1.0, 2.0, 3.0, 4.0, 4.6};
        double[] y = {1.2e-5, 1.5e-5, 2.4e-5, 4.0e-5, 6.0e-5, 7.5e-5};
        return new Series("Paper (digitised)", x, y);
    }

    static Series curve(String label, double scale) {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = mass(i);
            y[i] = scale * (mass(i) - 2) * (mass(i) - 2);
        }
        return new Series(label, x, y);
    }

    static List<String> binLabels() {
        return List.of("q² bin 1", "q² bin 2", "q² bin 3", "q² bin 4");
    }

    static List<Series> backgrounds() {
        double[] x = {0, 1, 2, 3};
        return List.of(new Series("B B̄", x, new double[] {50, 80, 30, 20}),
                new Series("continuum", x, new double[] {100, 40, 30, 10}),
                new Series("τ pairs", x, new double[] {5, 0, 2, 1}));
    }

    static double[] data() {
        return new double[] {160, 125, 70, 0};
    }

    static Series signal() {
        return new Series("X signal", new double[] {0, 1, 2, 3}, new double[] {10, 30, 5, 2});
    }
}
