package org.darkflav.histfactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.darkflav.fit.Objective;

/**
 * The analytic gradient of an objective against central finite differences, component by component,
 * with step h = {@code step} × max(1, |x_i|) and tolerance
 * {@code relative} × (|g_i| + 1e-3 × max|g|) + {@code rounding} × |f| / h + {@code absolute}: the
 * gradient's own scale, the difference quotient's rounding (ulps of f over h) and a floor. Also checks
 * that value and valueAndGradient agree exactly.
 */
public record GradientCheck(double step, double relative, double rounding, double absolute) {

    public void check(Objective f, double[] x) {
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
            double h = step * Math.max(1, Math.abs(x[i]));
            y[i] = x[i] + h;
            double up = f.value(y);
            y[i] = x[i] - h;
            double down = f.value(y);
            y[i] = x[i];
            double fd = (up - down) / (2 * h);
            double tol = relative * (Math.abs(g[i]) + 1e-3 * norm) + rounding * Math.abs(value) / h + absolute;
            assertThat(g[i]).as("d(2NLL)/dx[%d] at %s", i, Arrays.toString(x)).isCloseTo(fd, within(tol));
        }
    }
}
