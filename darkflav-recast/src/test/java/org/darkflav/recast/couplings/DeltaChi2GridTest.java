package org.darkflav.recast.couplings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.infer.LikelihoodScan;
import org.junit.jupiter.api.Test;

class DeltaChi2GridTest {

    /** Δχ² = x² + (y/2)²: the region below L is an ellipse of area π·L·2. */
    private static DeltaChi2Grid ellipse(int n) {
        double[] x = LikelihoodScan.Axis.linspace("x", -4, 4, n).values();
        double[] y = LikelihoodScan.Axis.linspace("y", -8, 8, n).values();
        double[][] v = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[j][i] = x[i] * x[i] + y[j] * y[j] / 4;
            }
        }
        return new DeltaChi2Grid("x", "y", x, y, v);
    }

    @Test
    void areaOfAnEllipticRegion() {
        DeltaChi2Grid g = ellipse(201);
        assertThat(g.area(2.30)).isCloseTo(Math.PI * 2.30 * 2, within(0.01 * Math.PI * 2.30 * 2));
        assertThat(g.area(6.18)).isCloseTo(Math.PI * 6.18 * 2, within(0.01 * Math.PI * 6.18 * 2));
    }

    @Test
    void extentAndBorder() {
        DeltaChi2Grid g = ellipse(161);
        double[] e = g.extent(2.30);
        // semi-axes sqrt(2.30) = 1.517 in x and 2 sqrt(2.30) = 3.033 in y, to one grid step (0.05 / 0.1)
        assertThat(e[1]).isCloseTo(Math.sqrt(2.30), within(0.05));
        assertThat(e[3]).isCloseTo(2 * Math.sqrt(2.30), within(0.1));
        assertThat(g.touchesBorder(6.18)).isFalse();
        assertThat(g.touchesBorder(20)).isTrue();
    }
}
