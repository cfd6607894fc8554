package org.darkflav.recast.lee;

import java.io.Serializable;

/**
 * Builds the models of a look-elsewhere study from plain configuration, wherever it runs: on a cluster
 * the source, not the compiled models, is shipped to the workers, and each worker builds the models
 * once for its share of the toys. Implementations are small serialisable values (an analysis name, a
 * few numbers) and build the same models every time.
 */
@FunctionalInterface
public interface ScanModelSource extends Serializable {

    /**
     * The models at {@code masses} (GeV, increasing).
     *
     * @throws IllegalArgumentException if a mass is outside the analysis' range
     */
    ScanModels build(double[] masses);
}
