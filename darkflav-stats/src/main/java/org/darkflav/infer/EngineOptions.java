package org.darkflav.infer;

/**
 * What a user may say about where tasks run; each engine reads what concerns it.
 *
 * @param threads worker threads of the local engine; 0 for one per available processor
 * @param master the cluster to connect to (a Spark master URL such as {@code spark://host:7077},
 *     {@code yarn} or {@code local[4]}); null for the engine's default
 */
public record EngineOptions(int threads, String master) {

    public EngineOptions {
        if (threads < 0) {
            throw new IllegalArgumentException("thread count must be at least 1 (or 0 for all processors), got "
                    + threads);
        }
    }

    /** All local processors, the engine's default cluster. */
    public static EngineOptions defaults() {
        return new EngineOptions(0, null);
    }

    /** The thread count, with 0 resolved to the number of available processors. */
    public int resolvedThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
