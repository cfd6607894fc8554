package org.darkflav.recast.analysis;

import java.util.List;
import org.darkflav.recast.data.AnalysisBundles;

/**
 * APPROXIMATE B → K* X limits: the scan of {@link BabarKstarApproximateLikelihood} and the
 * mass-independent counting cross-check of {@link BabarKstarCounting}.
 *
 * @param scan per mass, from the digitised curve
 * @param counting per BaBar 2013 channel and combined
 */
public record KstarXResults(List<KstarXLimit> scan, List<CountingLimit> counting) {

    public KstarXResults {
        scan = List.copyOf(scan);
        counting = List.copyOf(counting);
    }

    public static KstarXResults compute(AnalysisBundles bundles, double[] masses) {
        return new KstarXResults(BabarKstarApproximateLikelihood.fromBundles(bundles).scan(masses),
                BabarKstarCounting.fromBundles(bundles).limits());
    }
}
