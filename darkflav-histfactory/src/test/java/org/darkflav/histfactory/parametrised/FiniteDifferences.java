package org.darkflav.histfactory.parametrised;

import org.darkflav.fit.Objective;
import org.darkflav.histfactory.GradientCheck;

/** The analytic gradient of an objective against central finite differences. */
final class FiniteDifferences {

    private static final GradientCheck CHECK = new GradientCheck(1e-5, 1e-6, 1e-14, 0);

    private FiniteDifferences() {}

    /**
     * Checks every component at {@code x} within 1e-6 × (|component| + 1e-3 × largest component), plus the
     * rounding of the difference quotient (a few ulps of f over h; allowed 1e-14 |f| / h). Step h = 1e-5
     * (relative above 1), so the O(h²) truncation, ≈ 1e-11 |f‴|, stays far below the tolerance.
     */
    static void check(Objective f, double[] x) {
        CHECK.check(f, x);
    }
}
