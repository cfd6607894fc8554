package org.darkflav.histfactory.model;

import java.util.Arrays;

/** A growable double array for building flat data arrays at compile time. */
final class DoubleList {
    private double[] a = new double[16];
    private int n;

    void add(double v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, 2 * n);
        }
        a[n++] = v;
    }

    int size() {
        return n;
    }

    double[] toArray() {
        return Arrays.copyOf(a, n);
    }
}
