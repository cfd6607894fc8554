package org.darkflav.infer;

import java.util.List;

/**
 * One point of a profile-likelihood scan.
 *
 * @param coordinates values of the scanned parameters, in the scan's parameter order
 * @param twiceNll profiled 2NLL at this point
 * @param deltaTwiceNll 2NLL minus the scan's minimum
 * @param converged whether the profiling fit converged
 */
public record ScanPoint(List<Double> coordinates, double twiceNll, double deltaTwiceNll, boolean converged) {
    public ScanPoint {
        coordinates = List.copyOf(coordinates);
    }
}
