package org.darkflav.recast.lee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.darkflav.infer.TaskRunner;

/**
 * Look-elsewhere studies: the observed data scanned over the masses, then background-only toys, each
 * drawn from the background-only fit to the observed data (auxiliary data fluctuated as pyhf's toys
 * are) and scanned the same way ({@link ToyScanner}), in chunks on a {@link TaskRunner}; the largest
 * q0 of each toy against the observed largest gives the global significance ({@link LeeResult}).
 *
 * <p>With a checkpoint directory every finished chunk is saved as it arrives, so an interrupted run
 * continues with {@code resume} where it stopped and ends with the result an uninterrupted run gives.
 */
public final class LookElsewhere {

    private final TaskRunner runner;
    private final String engine;
    private final double referenceZ;

    /**
     * @param runner where the chunks run
     * @param engine the runner's engine name, for the record
     * @param referenceZ the Gross–Vitells reference level ({@link GrossVitells#DEFAULT_REFERENCE_Z})
     */
    public LookElsewhere(TaskRunner runner, String engine, double referenceZ) {
        this.runner = runner;
        this.engine = engine;
        this.referenceZ = referenceZ;
    }

    /** Where a run keeps its checkpoint: none, a new directory, or an earlier run's to continue. */
    public record Checkpointing(Path dir, boolean resume) {
        public static final Checkpointing NONE = new Checkpointing(null, false);
    }

    /**
     * Runs the study.
     *
     * @throws LeeInputException if the source cannot build models at the setup's masses, or the checkpoint
     *     directory cannot be used as asked ({@link CheckpointException})
     * @throws ObservedFitException if a fit to the observed data does not converge
     * @throws org.darkflav.infer.InferenceException if a task fails
     */
    public LeeRun run(LeeSetup asked, ScanModelSource source, Checkpointing checkpointing,
            Consumer<LeeProgress> progress) {
        long t0 = System.nanoTime();
        PreparedScan prepared = PreparedScan.prepare(models(source, asked));
        ToyScan observed = prepared.observed().scan();
        LeeCheckpoint checkpoint = checkpoint(checkpointing, asked, observed);
        LeeSetup setup = checkpoint == null ? asked : checkpoint.setup();
        List<LeeChunk> done = new ArrayList<>(checkpoint == null ? List.of() : checkpoint.finished());
        int[] pending = pending(setup, done);
        Counter counter = new Counter(setup, done, observed.fits(), t0, progress);
        counter.report();
        runner.forEach(pending.length, new LeeChunkTask(setup, source, pending, prepared), (chunk, i) -> {
            if (checkpoint != null) {
                checkpoint.save(chunk);
            }
            done.add(chunk);
            counter.finished(chunk);
        });
        LeeResult result = LeeResult.of(setup, observed, done, referenceZ);
        LeeRun run = new LeeRun(result, engine, runner.parallelism(), (System.nanoTime() - t0) * 1e-9,
                counter.fits);
        if (checkpoint != null) {
            checkpoint.writeOutput(LeeCheckpoint.RESULT_FILE, LeeJson.pretty(LeeJson.of(run)));
            checkpoint.writeOutput(LeeCheckpoint.DISTRIBUTION_FILE, result.distribution().csv());
        }
        return run;
    }

    private static ScanModels models(ScanModelSource source, LeeSetup setup) {
        try {
            return source.build(setup.masses());
        } catch (IllegalArgumentException e) {
            throw new LeeInputException(setup.analysis() + ": " + e.getMessage(), e);
        }
    }

    /** The partial result of the run in {@code dir}, from its finished chunks. */
    public static LeeResult status(Path dir, double referenceZ) {
        LeeCheckpoint.Stored s = LeeCheckpoint.read(dir);
        return LeeResult.of(s.setup(), s.observed(), s.chunks(), referenceZ);
    }

    private static LeeCheckpoint checkpoint(Checkpointing c, LeeSetup setup, ToyScan observed) {
        if (c.dir() == null) {
            return null;
        }
        return c.resume() ? LeeCheckpoint.resume(c.dir(), setup, observed)
                : LeeCheckpoint.create(c.dir(), setup, observed);
    }

    private static int[] pending(LeeSetup setup, List<LeeChunk> done) {
        boolean[] finished = new boolean[setup.chunks()];
        done.forEach(c -> finished[c.chunk()] = true);
        return IntStream.range(0, finished.length).filter(c -> !finished[c]).toArray();
    }

    /** Counts what this run did, for progress reports; used on the calling thread only. */
    private static final class Counter {
        private final LeeSetup setup;
        private final long t0;
        private final Consumer<LeeProgress> progress;
        private int chunksDone;
        private int toysDone;
        private int toysThisRun;
        private long fits;

        Counter(LeeSetup setup, List<LeeChunk> done, long fits, long t0, Consumer<LeeProgress> progress) {
            this.setup = setup;
            this.t0 = t0;
            this.progress = progress;
            this.chunksDone = done.size();
            this.toysDone = done.stream().mapToInt(c -> c.toys().size()).sum();
            this.fits = fits;
        }

        void finished(LeeChunk chunk) {
            chunksDone++;
            toysDone += chunk.toys().size();
            toysThisRun += chunk.toys().size();
            fits += chunk.fits();
            report();
        }

        void report() {
            progress.accept(new LeeProgress(chunksDone, setup.chunks(), toysDone, setup.toys(), toysThisRun, fits,
                    (System.nanoTime() - t0) * 1e-9));
        }
    }
}
