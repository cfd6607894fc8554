package org.darkflav.recast.lee;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What fixes the toys of a look-elsewhere study, and so its identity for checkpoints: toy k draws from
 * a random stream that depends only on ({@code seed}, k), and toys are done in chunks of
 * {@code chunkSize} consecutive toys, the unit of work and of checkpointing. Results do not depend on
 * the chunk size; a checkpoint does, so it is part of the identity.
 *
 * @param analysis the analysis name (for a recast analysis, its {@link RecastScanModels} name)
 * @param masses the scanned masses in GeV, increasing
 * @param toys number of background-only toys
 * @param seed master seed
 * @param chunkSize toys per chunk
 */
public record LeeSetup(String analysis, double[] masses, int toys, long seed, int chunkSize) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Automatic chunks: about this many of them, of at most {@value #MAX_AUTO_CHUNK} toys. */
    private static final int AUTO_CHUNKS = 100;
    private static final int MAX_AUTO_CHUNK = 100;

    public LeeSetup {
        masses = masses.clone();
        if (masses.length == 0) {
            throw new IllegalArgumentException("the mass grid is empty");
        }
        if (toys < 1) {
            throw new IllegalArgumentException("the number of toys must be at least 1, got " + toys);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("the chunk size must be at least 1, got " + chunkSize);
        }
    }

    /**
     * The default chunk size: {@value #AUTO_CHUNKS} chunks, enough to keep dozens of workers busy to the
     * end, of at most {@value #MAX_AUTO_CHUNK} toys, so a checkpoint is never far behind. It depends on the
     * number of toys only, so the same command gives the same output whatever engine or threads run it.
     */
    public static int autoChunkSize(int toys) {
        int perChunk = (int) Math.ceil(toys / (double) AUTO_CHUNKS);
        return Math.max(1, Math.min(MAX_AUTO_CHUNK, perChunk));
    }

    @Override
    public double[] masses() {
        return masses.clone();
    }

    public int chunks() {
        return (toys + chunkSize - 1) / chunkSize;
    }

    public int firstToy(int chunk) {
        return chunk * chunkSize;
    }

    public int toysIn(int chunk) {
        return Math.min(chunkSize, toys - firstToy(chunk));
    }

    /**
     * What in {@code asked} differs from this setup, one phrase each ("seed 2 (the run has 1)"); empty if
     * they describe the same toys. The chunk size is not compared: it changes how toys are grouped, not
     * what they are.
     */
    public List<String> differences(LeeSetup asked) {
        List<String> d = new ArrayList<>();
        if (!analysis.equals(asked.analysis)) {
            d.add("analysis " + asked.analysis + " (the run has " + analysis + ")");
        }
        if (!Arrays.equals(masses, asked.masses)) {
            d.add("mass grid " + grid(asked.masses) + " (the run has " + grid(masses) + ")");
        }
        if (toys != asked.toys) {
            d.add("toys " + asked.toys + " (the run has " + toys + ")");
        }
        if (seed != asked.seed) {
            d.add("seed " + asked.seed + " (the run has " + seed + ")");
        }
        return d;
    }

    /** This setup with another chunk size. */
    public LeeSetup withChunkSize(int size) {
        return new LeeSetup(analysis, masses, toys, seed, size);
    }

    private static String grid(double[] m) {
        return m.length == 1 ? m[0] + " GeV"
                : m[0] + ".." + m[m.length - 1] + " GeV in " + m.length + " masses";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeeSetup s && differences(s).isEmpty() && chunkSize == s.chunkSize;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * analysis.hashCode() + Arrays.hashCode(masses)) + Long.hashCode(seed) + toys + chunkSize;
    }

    @Override
    public String toString() {
        return "LeeSetup[" + analysis + ", " + grid(masses) + ", toys=" + toys + ", seed=" + seed + ", chunk="
                + chunkSize + "]";
    }
}
