package org.darkflav.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;

/**
 * Runs tasks on a fixed pool of local threads, created for each {@link #map} call and shut down after
 * it, so the runner holds no resources between calls. With one thread, tasks run on the caller.
 */
public final class LocalTaskRunner implements TaskRunner {

    private final int threads;

    public LocalTaskRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** A runner with one thread per available processor. */
    public static LocalTaskRunner allProcessors() {
        return new LocalTaskRunner(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public <R> List<R> map(int count, IndexedTask<R> task, ProgressListener progress) {
        AtomicInteger done = new AtomicInteger();
        List<R> out = new ArrayList<>(count);
        if (threads == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                out.add(runOne(task, i));
                progress.progressed(done.incrementAndGet(), count);
            }
            return out;
        }
        onPool(count, pool -> {
            List<Future<R>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    R r = runOne(task, index);
                    progress.progressed(done.incrementAndGet(), count);
                    return r;
                }));
            }
            for (Future<R> f : futures) {
                out.add(f.get());
            }
        });
        return out;
    }

    /** Results reach {@code sink} on the calling thread in the order the tasks finish. */
    @Override
    public <R> void forEach(int count, IndexedTask<R> task, ObjIntConsumer<R> sink) {
        if (threads == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                sink.accept(runOne(task, i), i);
            }
            return;
        }
        onPool(count, pool -> {
            CompletionService<Indexed<R>> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < count; i++) {
                int index = i;
                done.submit(() -> new Indexed<>(index, runOne(task, index)));
            }
            for (int k = 0; k < count; k++) {
                Indexed<R> r = done.take().get();
                sink.accept(r.result(), r.index());
            }
        });
    }

    private record Indexed<R>(int index, R result) { }

    /** Work that submits tasks to a pool and waits for them. */
    @FunctionalInterface
    private interface PoolWork {
        void run(ExecutorService pool) throws InterruptedException, ExecutionException;
    }

    /** Runs {@code work} on a fresh pool of daemon threads, shut down afterwards; a task's failure is rethrown. */
    private void onPool(int count, PoolWork work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
            Thread t = new Thread(r, "darkflav-task");
            t.setDaemon(true);
            return t;
        });
        try {
            work.run(pool);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof InferenceException ie ? ie : new InferenceException("task failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InferenceException("interrupted while waiting for tasks", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R runOne(IndexedTask<R> task, int index) {
        try {
            return task.apply(index);
        } catch (InferenceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InferenceException("task " + index + " failed: " + e.getMessage(), e);
        }
    }
}
