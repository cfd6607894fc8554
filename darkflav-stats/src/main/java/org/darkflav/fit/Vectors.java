package org.darkflav.fit;

/** The few vector reductions the bounded BFGS iteration needs, on flat arrays and without allocation. */
final class Vectors {

    private Vectors() {}

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double maxAbs(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    static boolean allFinite(double[][] a) {
        for (double[] row : a) {
            if (!allFinite(row)) {
                return false;
            }
        }
        return true;
    }
}
