package org.darkflav.recast.scan;

import java.util.List;
import org.darkflav.recast.data.ReferenceResult;

/**
 * Results of {@link FullLikelihoodStudy}.
 *
 * @param bestMass the refined best mass of a line X (Γ_X = 0) with its interval and inference
 * @param widthScan one refined best mass per Γ_X, the line first
 * @param contours Δχ²(m_X, Br) of the line X
 * @param gaertner Gärtner et al.'s result on the same likelihood, for comparison
 * @param alpacaPeak {mass, Br} at the maximum of ALPaca's recast of the same likelihood
 */
public record FullLikelihoodResults(RefinedBestMass bestMass, List<WidthScanPoint> widthScan, MassBrGrid contours,
        ReferenceResult gaertner, double[] alpacaPeak) {

    public FullLikelihoodResults {
        widthScan = List.copyOf(widthScan);
        alpacaPeak = alpacaPeak.clone();
    }

    @Override
    public double[] alpacaPeak() {
        return alpacaPeak.clone();
    }
}
