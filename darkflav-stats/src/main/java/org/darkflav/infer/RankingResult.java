package org.darkflav.infer;

import java.util.List;

/**
 * Nuisance parameters ranked by their post-fit impact on the POI, largest first.
 *
 * @param poi the POI's name
 * @param poiBestFit μ̂
 * @param poiError μ̂'s parabolic error
 * @param impacts one per non-fixed nuisance parameter, sorted by {@link ImpactResult#postfitSize()}
 */
public record RankingResult(String poi, double poiBestFit, double poiError, List<ImpactResult> impacts) {
    public RankingResult {
        impacts = List.copyOf(impacts);
    }
}
