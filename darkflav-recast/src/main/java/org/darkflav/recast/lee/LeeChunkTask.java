package org.darkflav.recast.lee;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.infer.IndexedTask;

/**
 * Task i scans the toys of chunk {@code chunks[i]}. It carries configuration only (the setup and the
 * model source); the models are built and the observed data fitted once per task object: once per run
 * on local threads, which share it, and once per partition on a cluster, where each partition
 * deserialises its own copy. Toy k draws from a stream that depends on (seed, k) alone, so a chunk gives
 * the same scans wherever and in whatever order it runs.
 */
final class LeeChunkTask implements IndexedTask<LeeChunk> {

    private static final long serialVersionUID = 1L;

    private final LeeSetup setup;
    private final ScanModelSource source;
    private final int[] chunks;
    private transient volatile PreparedScan prepared;

    /**
     * @param prepared the models of {@code source}, already made ready on this machine, or null to build
     *     them where the task runs
     */
    LeeChunkTask(LeeSetup setup, ScanModelSource source, int[] chunks, PreparedScan prepared) {
        this.setup = setup;
        this.source = source;
        this.chunks = chunks.clone();
        this.prepared = prepared;
    }

    @Override
    public LeeChunk apply(int index) {
        int chunk = chunks[index];
        PreparedScan p = prepared();
        ToyScanner scanner = new ToyScanner(p.models(), p.likelihoods());
        List<ToyScan> toys = new ArrayList<>(setup.toysIn(chunk));
        int first = setup.firstToy(chunk);
        for (int k = first; k < first + setup.toysIn(chunk); k++) {
            toys.add(scanner.toy(p, setup.seed(), k));
        }
        return new LeeChunk(chunk, toys);
    }

    private PreparedScan prepared() {
        PreparedScan p = prepared;
        if (p == null) {
            synchronized (this) {
                p = prepared;
                if (p == null) {
                    p = PreparedScan.prepare(source.build(setup.masses()));
                    prepared = p;
                }
            }
        }
        return p;
    }
}
