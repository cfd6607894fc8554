package org.darkflav.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MarchingSquaresTest {

    @Test
    void contourOfACircleLiesOnTheCircle() {
        int n = 81;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = -3 + 6.0 * i / (n - 1);
        }
        double[][] v = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[j][i] = g[i] * g[i] + g[j] * g[j];
            }
        }
        Series c = MarchingSquares.contour("r2 = 4", g, g, v, 4.0);
        double[] x = c.x();
        double[] y = c.y();
        int points = 0;
        for (int k = 0; k < x.length; k++) {
            if (Double.isNaN(y[k])) {
                continue;
            }
            points++;
            // linear interpolation of r^2 along a cell edge of h = 0.075: error <= h^2/4 in r^2, so ~0.002 in r
            assertThat(Math.hypot(x[k], y[k])).isCloseTo(2.0, within(0.003));
        }
        // the circle crosses about 4 * 2r / h = 213 cell edges; every crossing starts or ends two segments
        assertThat(points).isGreaterThan(300);
    }

    @Test
    void noCrossingGivesAnEmptyButValidSeries() {
        double[] g = {0, 1};
        Series c = MarchingSquares.contour("none", g, g, new double[][] {{5, 5}, {5, 5}}, 1.0);
        assertThat(c.y()[0]).isNaN();
    }
}
