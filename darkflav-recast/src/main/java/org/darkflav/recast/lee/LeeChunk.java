package org.darkflav.recast.lee;

import java.io.Serializable;
import java.util.List;

/**
 * The scans of one chunk of consecutive toys, the unit of work and of checkpointing.
 *
 * @param chunk the chunk number
 * @param toys the scans, in toy order
 */
public record LeeChunk(int chunk, List<ToyScan> toys) implements Serializable {

    private static final long serialVersionUID = 1L;

    public LeeChunk {
        toys = List.copyOf(toys);
    }

    /** Fits done for this chunk. */
    public long fits() {
        return toys.stream().mapToLong(ToyScan::fits).sum();
    }
}
