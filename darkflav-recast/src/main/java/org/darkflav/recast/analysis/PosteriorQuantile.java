package org.darkflav.recast.analysis;

import java.util.function.DoubleUnaryOperator;

/** Quantile of a one-dimensional posterior ∝ L(x) on [0, xMax] (flat prior), by the trapezoidal rule. */
final class PosteriorQuantile {

    private static final int NODES = 4_001;

    private PosteriorQuantile() {}

    static double of(DoubleUnaryOperator likelihood, double xMax, double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("a posterior quantile needs 0 < probability < 1, got " + probability);
        }
        double h = xMax / (NODES - 1);
        double[] cdf = new double[NODES];
        double previous = likelihood.applyAsDouble(0);
        for (int i = 1; i < NODES; i++) {
            double next = likelihood.applyAsDouble(i * h);
            cdf[i] = cdf[i - 1] + 0.5 * h * (previous + next);
            previous = next;
        }
        double target = probability * cdf[NODES - 1];
        int k = 1;
        while (cdf[k] < target) {
            k++;
        }
        return h * (k - 1 + (target - cdf[k - 1]) / (cdf[k] - cdf[k - 1]));
    }
}
