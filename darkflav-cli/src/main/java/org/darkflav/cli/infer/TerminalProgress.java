package org.darkflav.cli.infer;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.darkflav.infer.ProgressListener;

/**
 * A progress bar on stderr for long computations, shown only when stderr is a terminal and the user did
 * not ask for {@code --quiet}. Created lazily on the first report, so quick commands print nothing.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {

    private final String task;
    private final boolean enabled;
    private ProgressBar bar;

    private TerminalProgress(String task, boolean enabled) {
        this.task = task;
        this.enabled = enabled;
    }

    public static TerminalProgress create(String task, boolean quiet) {
        return new TerminalProgress(task, !quiet && System.console() != null);
    }

    @Override
    public synchronized void progressed(int done, int total) {
        if (!enabled) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
        if (bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
