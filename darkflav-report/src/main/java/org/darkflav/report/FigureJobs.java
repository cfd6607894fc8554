package org.darkflav.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Draws independent figures on all processors: drawing and encoding PNG, SVG and PDF is single-threaded work per
 * chart, and charts share no state. Results come back in the order of the jobs; the first failure is rethrown.
 */
final class FigureJobs {

    private FigureJobs() {}

    static <T> List<T> run(List<Callable<T>> jobs) {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return sequential(jobs);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "darkflav-figure");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            jobs.forEach(j -> futures.add(pool.submit(j)));
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing figures", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> sequential(List<Callable<T>> jobs) {
        List<T> out = new ArrayList<>();
        for (Callable<T> j : jobs) {
            try {
                out.add(j.call());
            } catch (Exception e) {
                throw rethrow(e);
            }
        }
        return out;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException re) {
            return re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("drawing a figure failed: " + t, t);
    }
}
