package org.darkflav.histfactory.parametrised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.darkflav.fit.Objective;

/** The analytic gradient of an objective against central finite differences. */
final class FiniteDifferences {

    private FiniteDifferences() {}

    /**
     * Checks every component at {@code x} within 1e-6 × (|component| + 1e-3 × largest component), plus the
     * rounding of the difference quotient (a few ulps of f over h; allowed 1e-14 |f| / h). Step h = 1e-5
     * (relative above 1), so the O(h²) truncation, ≈ 1e-11 |f‴|, stays far below the tolerance.
     */
    static void check(Objective f, double[] x) {
        int n = f.dimension();
        double[] g = new double[n];
        double value = f.valueAndGradient(x, g);
        assertThat(value).as("value and valueAndGradient agree").isEqualTo(f.value(x));
        double norm = 0;
        for (double gi : g) {
            norm = Math.max(norm, Math.abs(gi));
        }
        double[] y = x.clone();
        for (int i = 0; i < n; i++) {
            double h = 1e-5 * Math.max(1, Math.abs(x[i]));
            y[i] = x[i] + h;
            double up = f.value(y);
            y[i] = x[i] - h;
            double down = f.value(y);
            y[i] = x[i];
            double fd = (up - down) / (2 * h);
            double tol = 1e-6 * (Math.abs(g[i]) + 1e-3 * norm) + 1e-14 * Math.abs(value) / h;
            assertThat(g[i]).as("d(2NLL)/dx[%d] at %s", i, Arrays.toString(x)).isCloseTo(fd, within(tol));
        }
    }
}
