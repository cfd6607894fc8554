package org.darkflav.fit;

import java.util.Locale;

/**
 * The memory check for dense n × n matrices (the quasi-Newton metric, Hessians, covariances), made
 * before they are allocated so that a model too large for them is a clear error instead of an
 * {@code OutOfMemoryError} deep in a fit. The limit is the JVM's maximum heap: what the matrices alone
 * cannot exceed. darkflav stores a metric in one array, so n is also limited to 46340 (n² &lt; 2³¹).
 * doc/likelihood.md ("Large models") explains the strategy for bigger models.
 */
public final class DenseMatrices {

    /** The largest n whose n × n matrix fits in one Java array. */
    public static final int MAX_DIMENSION = 46_340;

    private DenseMatrices() {}

    /**
     * Throws {@link ModelTooLargeException} unless {@code count} dense n × n matrices of doubles fit
     * into the JVM's maximum heap.
     *
     * @param what what the matrices are for, e.g. "the fit", for the message
     */
    public static void require(int n, int count, String what) {
        require(n, count, what, Runtime.getRuntime().maxMemory());
    }

    static void require(int n, int count, String what, long maxHeap) {
        double bytes = 8.0 * count * n * (double) n;
        if (n > MAX_DIMENSION || bytes > maxHeap) {
            throw new ModelTooLargeException(String.format(Locale.ROOT, "%s has %d parameters and needs %d dense"
                    + " %d x %d matrices (%s) but this JVM may use at most %s; darkflav's fits keep the full metric and"
                    + " Hessian, so at most about %d parameters fit (and never more than %d): reduce the model (prune"
                    + " channels, merge bins or staterror parameters), or give Java more memory if it is only slightly"
                    + " too large (e.g. JDK_JAVA_OPTIONS=-Xmx16g)", what, n, count, n, n, size(bytes), size(maxHeap),
                    largest(count, maxHeap), MAX_DIMENSION));
        }
    }

    private static long largest(int count, long maxHeap) {
        return Math.min(MAX_DIMENSION, (long) Math.sqrt(maxHeap / (8.0 * count)));
    }

    private static String size(double bytes) {
        return bytes >= 1 << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (1 << 30))
                : String.format(Locale.ROOT, "%.0f MiB", bytes / (1 << 20));
    }
}
