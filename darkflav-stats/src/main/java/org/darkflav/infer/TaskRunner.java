package org.darkflav.infer;

import java.util.List;

/** Runs independent indexed tasks, possibly in parallel, and returns their results in index order. */
public interface TaskRunner {

    /**
     * Runs {@code task} for indices 0 .. count−1.
     *
     * @return the results, element i from index i
     * @throws InferenceException if a task fails (the first failure by index, with its cause)
     */
    <R> List<R> map(int count, IndexedTask<R> task, ProgressListener progress);

    /** Runs every task on the calling thread. */
    static TaskRunner sequential() {
        return new LocalTaskRunner(1);
    }
}
