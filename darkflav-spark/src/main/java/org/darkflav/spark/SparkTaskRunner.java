package org.darkflav.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.darkflav.infer.IndexedTask;
import org.darkflav.infer.InferenceException;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Runs indexed tasks as one Spark job: task i is partition i. The task object is broadcast, so each
 * executor deserialises it once and every partition on that executor shares it (with what it builds
 * lazily, such as compiled models); results come back to the driver one partition at a time, as they
 * finish, and are handed to the caller's thread.
 */
final class SparkTaskRunner implements TaskRunner {

    private static final long POLL_MILLIS = 200;

    private final JavaSparkContext sc;

    SparkTaskRunner(JavaSparkContext sc) {
        this.sc = sc;
    }

    @Override
    public <R> List<R> map(int count, IndexedTask<R> task, ProgressListener progress) {
        List<R> out = new ArrayList<>(java.util.Collections.nCopies(count, null));
        int[] done = {0};
        forEach(count, task, (r, i) -> {
            out.set(i, r);
            progress.progressed(++done[0], count);
        });
        return out;
    }

    @Override
    public <R> void forEach(int count, IndexedTask<R> task, ObjIntConsumer<R> sink) {
        if (count == 0) {
            return;
        }
        Broadcast<IndexedTask<R>> shared = sc.broadcast(task);
        JavaRDD<Integer> indices = sc.parallelize(IntStream.range(0, count).boxed().toList(), count);
        LinkedBlockingQueue<Finished<R>> finished = new LinkedBlockingQueue<>();
        List<Object> partitions = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        SimpleFutureAction<BoxedUnit> job = sc.sc().submitJob(indices.rdd(), new RunPartition<>(shared),
                CollectionConverters.asScala(partitions).toList(), new Collect<>(finished), new Done());
        try {
            for (int received = 0; received < count;) {
                Finished<R> f = finished.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (f != null) {
                    sink.accept(f.result(), f.index());
                    received++;
                } else if (job.isCompleted() && finished.isEmpty()) {
                    throw failure(job);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InferenceException("interrupted while waiting for Spark", e);
        } finally {
            if (!job.isCompleted()) {
                job.cancel();
            }
            shared.destroy();
        }
    }

    private static InferenceException failure(SimpleFutureAction<BoxedUnit> job) {
        Try<BoxedUnit> outcome = job.value().get();
        if (outcome.isFailure()) {
            Throwable cause = outcome.failed().get();
            return new InferenceException("a task failed on Spark: " + cause.getMessage(), cause);
        }
        return new InferenceException("the Spark job ended without returning every result");
    }

    @Override
    public int parallelism() {
        return sc.defaultParallelism();
    }

    @Override
    public void close() {
        sc.stop();
    }

    private record Finished<R>(int index, R result) { }

    /** Runs the task of a partition's one index; shipped to the executors. */
    private static final class RunPartition<R> extends AbstractFunction1<Iterator<Integer>, R> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<IndexedTask<R>> task;

        RunPartition(Broadcast<IndexedTask<R>> task) {
            this.task = task;
        }

        @Override
        public R apply(Iterator<Integer> indices) {
            return task.value().apply(indices.next());
        }
    }

    /** Receives each partition's result on the driver. */
    private static final class Collect<R> extends AbstractFunction2<Object, R, BoxedUnit> {
        private final LinkedBlockingQueue<Finished<R>> queue;

        Collect(LinkedBlockingQueue<Finished<R>> queue) {
            this.queue = queue;
        }

        @Override
        public BoxedUnit apply(Object partition, R result) {
            queue.add(new Finished<>((Integer) partition, result));
            return BoxedUnit.UNIT;
        }
    }

    private static final class Done extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
