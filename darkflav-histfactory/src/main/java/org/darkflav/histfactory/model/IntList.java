package org.darkflav.histfactory.model;

import java.util.Arrays;

/** A growable int array for building flat index maps at compile time. */
final class IntList {
    private int[] a = new int[8];
    private int n;

    void add(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, 2 * n);
        }
        a[n++] = v;
    }

    int get(int i) {
        return a[i];
    }

    int size() {
        return n;
    }

    int indexOf(int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    int[] toArray() {
        return Arrays.copyOf(a, n);
    }
}
