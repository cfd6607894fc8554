package org.darkflav.recast.lee;

/**
 * The toys of a study one at a time on the calling thread, for benchmarks and for drivers of one's own:
 * the models are built and the observed data fitted once, then {@link #toy(int)} scans toy k exactly as
 * {@link LookElsewhere} does in its chunks. Confined to one thread.
 */
public final class LeeToys {

    private final PreparedScan prepared;
    private final ToyScanner scanner;
    private final long seed;

    private LeeToys(PreparedScan prepared, long seed) {
        this.prepared = prepared;
        this.scanner = new ToyScanner(prepared.models(), prepared.likelihoods());
        this.seed = seed;
    }

    /** Builds the models at {@code masses} and fits the observed data. */
    public static LeeToys prepare(ScanModelSource source, double[] masses, long seed) {
        return new LeeToys(PreparedScan.prepare(source.build(masses)), seed);
    }

    /** The scan of the observed data. */
    public ToyScan observed() {
        return prepared.observed().scan();
    }

    /** Toy {@code k}, drawn and scanned. */
    public ToyScan toy(int k) {
        return scanner.toy(prepared, seed, k);
    }
}
