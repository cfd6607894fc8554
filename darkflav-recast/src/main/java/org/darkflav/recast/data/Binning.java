package org.darkflav.recast.data;

import java.util.Arrays;

/**
 * Bin edges of one axis (for example q² in GeV²), strictly increasing. Bin {@code i} is
 * {@code [edge(i), edge(i+1))}.
 */
public record Binning(double[] edges) {

    public Binning {
        if (edges == null || edges.length < 2) {
            throw new IllegalArgumentException("a binning needs at least two edges, got "
                    + (edges == null ? "null" : Arrays.toString(edges)));
        }
        edges = edges.clone();
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i]) || (i > 0 && edges[i] <= edges[i - 1])) {
                throw new IllegalArgumentException("bin edges must be finite and strictly increasing; edge " + i
                        + " is " + edges[i] + " in " + Arrays.toString(edges));
            }
        }
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    public int bins() {
        return edges.length - 1;
    }

    public double lo(int bin) {
        return edges[bin];
    }

    public double hi(int bin) {
        return edges[bin + 1];
    }

    public double centre(int bin) {
        return 0.5 * (edges[bin] + edges[bin + 1]);
    }

    public double width(int bin) {
        return edges[bin + 1] - edges[bin];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Binning b && Arrays.equals(edges, b.edges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return "Binning" + Arrays.toString(edges);
    }
}
