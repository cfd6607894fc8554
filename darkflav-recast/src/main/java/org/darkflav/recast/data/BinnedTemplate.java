package org.darkflav.recast.data;

import java.util.Arrays;

/**
 * Expected yields of one process per bin, with their absolute statistical uncertainties (MC
 * statistics; zero where unknown).
 */
public record BinnedTemplate(String name, double[] yields, double[] statErrors) {

    public BinnedTemplate {
        if (yields.length != statErrors.length) {
            throw new IllegalArgumentException("template '" + name + "': " + yields.length + " yields but "
                    + statErrors.length + " statistical errors");
        }
        yields = yields.clone();
        statErrors = statErrors.clone();
    }

    @Override
    public double[] yields() {
        return yields.clone();
    }

    @Override
    public double[] statErrors() {
        return statErrors.clone();
    }

    public int bins() {
        return yields.length;
    }

    public double yield(int bin) {
        return yields[bin];
    }

    public double statError(int bin) {
        return statErrors[bin];
    }

    public double total() {
        return Arrays.stream(yields).sum();
    }

    /** Bin-wise sum of templates; statistical errors add in quadrature. */
    public static BinnedTemplate sum(String name, BinnedTemplate... parts) {
        int n = parts[0].bins();
        double[] y = new double[n];
        double[] e2 = new double[n];
        for (BinnedTemplate p : parts) {
            if (p.bins() != n) {
                throw new IllegalArgumentException("cannot add template '" + p.name() + "' with " + p.bins()
                        + " bins to " + n + " bins");
            }
            for (int b = 0; b < n; b++) {
                y[b] += p.yields[b];
                e2[b] += p.statErrors[b] * p.statErrors[b];
            }
        }
        return new BinnedTemplate(name, y, Arrays.stream(e2).map(Math::sqrt).toArray());
    }

    @Override
    public String toString() {
        return "BinnedTemplate[" + name + ", " + Arrays.toString(yields) + "]";
    }
}
