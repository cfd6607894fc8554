package org.darkflav.cli.lee;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.darkflav.recast.lee.LeeProgress;

/**
 * Progress of a look-elsewhere run on stderr: a bar over the toys with ETA and fits/s on a terminal,
 * one line per finished chunk otherwise (logs, CI), nothing with {@code --quiet}.
 */
final class LeeProgressDisplay implements Consumer<LeeProgress>, AutoCloseable {

    private final boolean terminal;
    private final boolean quiet;
    private final PrintWriter err;
    private ProgressBar bar;

    private LeeProgressDisplay(boolean terminal, boolean quiet, PrintWriter err) {
        this.terminal = terminal;
        this.quiet = quiet;
        this.err = err;
    }

    /** @param err where the per-chunk lines go when stderr is not a terminal */
    static LeeProgressDisplay create(boolean quiet, PrintWriter err) {
        return new LeeProgressDisplay(System.console() != null, quiet, err);
    }

    @Override
    public void accept(LeeProgress p) {
        if (quiet) {
            return;
        }
        if (terminal) {
            bar(p);
        } else {
            line(p);
        }
    }

    private void bar(LeeProgress p) {
        if (bar == null) {
            // the ETA counts from the toys done before this run (a resumed run), not from zero
            bar = new ProgressBarBuilder().setTaskName("lee toys").setInitialMax(p.toys())
                    .startsFrom(p.toysDone(), Duration.ZERO).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
        bar.stepTo(p.toysDone());
        bar.setExtraMessage(String.format(Locale.ROOT, " %.0f fits/s", p.fitsPerSecond()));
    }

    private void line(LeeProgress p) {
        if (p.toysThisRun() == 0) {
            err.printf(Locale.ROOT, "darkflav lee: observed data scanned; %d of %d toys to do in %d chunks%n",
                    p.toys() - p.toysDone(), p.toys(), p.chunks() - p.chunksDone());
        } else {
            err.printf(Locale.ROOT, "darkflav lee: chunk %d/%d done, %d/%d toys, %.0f fits/s, ETA %s%n",
                    p.chunksDone(), p.chunks(), p.toysDone(), p.toys(), p.fitsPerSecond(), eta(p));
        }
        err.flush();
    }

    private static String eta(LeeProgress p) {
        double perToy = p.seconds() / p.toysThisRun();
        long s = Math.round(perToy * (p.toys() - p.toysDone()));
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
