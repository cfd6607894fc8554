package org.darkflav.infer;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Runs independent indexed tasks, possibly in parallel, and returns their results in index order.
 * Runners made by an {@link ExecutionEngine} may hold resources (a thread pool, a cluster connection):
 * close them when done.
 */
public interface TaskRunner extends AutoCloseable {

    /**
     * Runs {@code task} for indices 0 .. count−1.
     *
     * @return the results, element i from index i
     * @throws InferenceException if a task fails (the first failure by index, with its cause)
     */
    <R> List<R> map(int count, IndexedTask<R> task, ProgressListener progress);

    /**
     * Runs {@code task} for indices 0 .. count−1 and hands each result to {@code sink} on the calling
     * thread, one at a time, as soon as it is finished (in any order), so that finished work can be saved
     * while the rest runs. If a task fails, the results already handed over stay handed over.
     * This default waits for all tasks and then hands the results over in index order.
     *
     * @throws InferenceException if a task fails, with its index and cause
     */
    default <R> void forEach(int count, IndexedTask<R> task, ObjIntConsumer<R> sink) {
        List<R> results = map(count, task, ProgressListener.NONE);
        for (int i = 0; i < count; i++) {
            sink.accept(results.get(i), i);
        }
    }

    /** How many tasks run at the same time at most (threads, or the cluster's default parallelism). */
    default int parallelism() {
        return 1;
    }

    /** Releases what the runner holds; the default holds nothing. */
    @Override
    default void close() { }

    /** Runs every task on the calling thread. */
    static TaskRunner sequential() {
        return new LocalTaskRunner(1);
    }
}
