package org.darkflav.workflow;

import org.darkflav.infer.ProgressListener;

/**
 * Hears the stages of a {@link Reproducer} run: a stage starts (and reports its points on the listener it
 * returns), then finishes with its timing. Called from the thread that runs {@link Reproducer#run}; the progress
 * listener may be called from worker threads.
 */
public interface StageListener {

    /**
     * @param name short name of the stage, e.g. {@code scan belle2-ita}
     * @param description one line saying what the stage computes
     * @return where the stage reports its progress until it finishes
     */
    ProgressListener started(String name, String description);

    /** The stage has finished; {@code description} is the one given to {@link #started}. */
    void finished(StageTiming timing, String description);

    /** The stage {@code name} failed with an exception, which the run rethrows. */
    default void aborted(String name) { }

    /** Hears nothing. */
    StageListener NONE = new StageListener() {
        @Override
        public ProgressListener started(String name, String description) {
            return ProgressListener.NONE;
        }

        @Override
        public void finished(StageTiming timing, String description) { }
    };
}
