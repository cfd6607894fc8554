package org.darkflav.cli.recast;

import org.darkflav.cli.infer.TerminalProgress;
import org.darkflav.infer.ProgressListener;

/** Opens one progress display per stage of {@code darkflav reproduce}; closing it ends the display. */
@FunctionalInterface
interface StageProgress {

    /** A stage's progress display. */
    interface Bar extends ProgressListener, AutoCloseable {
        @Override
        void close();
    }

    Bar open(String stage);

    /** No display at all. */
    StageProgress NONE = stage -> new Bar() {
        @Override
        public void progressed(int done, int total) {}

        @Override
        public void close() {}
    };

    /**
     * Progress bars on stderr ({@link TerminalProgress}): shown only on a console and without
     * {@code quiet}, so redirected output and CI logs stay readable.
     */
    static StageProgress terminal(boolean quiet) {
        return stage -> {
            TerminalProgress t = TerminalProgress.create(stage, quiet);
            return new Bar() {
                @Override
                public void progressed(int done, int total) {
                    t.progressed(done, total);
                }

                @Override
                public void close() {
                    t.close();
                }
            };
        };
    }
}
