package org.darkflav.cli.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.darkflav.cli.Main;
import picocli.CommandLine;

/**
 * The darkflav command line in-process, built once and reused (picocli resets options between runs),
 * each run time-boxed on a worker thread: a run that does not end in time is a hang.
 */
final class CliRunner implements AutoCloseable {

    /** Exit code, stdout and stderr of one run. */
    record Result(int exitCode, String out, String err) {}

    private final CommandLine cl = Main.commandLine();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-cli");
        t.setDaemon(true);
        return t;
    });
    private final long timeoutSeconds;

    CliRunner(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs {@code args}; throws {@link TimeoutException} if it does not end in time. */
    Result run(String... args) throws TimeoutException, InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Future<Integer> f = worker.submit(() -> cl.execute(args));
        try {
            int code = f.get(timeoutSeconds, TimeUnit.SECONDS);
            return new Result(code, out.toString(), err.toString());
        } catch (ExecutionException e) {
            throw new AssertionError("uncaught " + e.getCause() + " from darkflav " + String.join(" ", args), e.getCause());
        } catch (TimeoutException e) {
            f.cancel(true);
            throw e;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
