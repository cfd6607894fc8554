package org.darkflav.infer;

/** Receives progress of long computations (toys, scans, rankings); may be called from several threads. */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores all progress. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} tasks are finished. */
    void progressed(int done, int total);
}
