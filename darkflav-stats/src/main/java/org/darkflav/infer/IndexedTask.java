package org.darkflav.infer;

import java.io.Serializable;

/**
 * One independent unit of work, a plain function of its index (toy number, grid point), so that any
 * {@link TaskRunner} (threads here, a cluster later) can run it and results do not depend on scheduling.
 */
@FunctionalInterface
public interface IndexedTask<R> extends Serializable {

    R apply(int index);
}
