package org.darkflav.cli.recast;

import java.io.PrintWriter;
import java.util.Locale;
import org.darkflav.cli.infer.TerminalProgress;
import org.darkflav.infer.ProgressListener;
import org.darkflav.workflow.StageListener;
import org.darkflav.workflow.StageTiming;

/**
 * The reproduction's stages on the terminal: a progress bar per stage on stderr (only on a console and without
 * {@code quiet}, so redirected output and CI logs stay readable) and one log line when a stage is done.
 */
final class StageProgress implements StageListener {

    private final PrintWriter err;
    private final boolean quiet;
    private TerminalProgress bar;

    StageProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public ProgressListener started(String name, String description) {
        bar = TerminalProgress.create(name, quiet);
        return bar;
    }

    @Override
    public void finished(StageTiming timing, String description) {
        close();
        err.println(String.format(Locale.ROOT, "reproduce: %s ... done in %.1f s", description, timing.seconds()));
        err.flush();
    }

    @Override
    public void aborted(String name) {
        close();
    }

    private void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
