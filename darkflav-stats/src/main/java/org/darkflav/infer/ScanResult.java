package org.darkflav.infer;

import java.util.List;
import org.darkflav.fit.FitResult;

/**
 * A profile-likelihood scan in one or more parameters (POI or nuisance parameters).
 *
 * @param parameters names of the scanned parameters
 * @param grids the values of each scanned parameter
 * @param points every grid point, the last parameter running fastest (row-major)
 * @param minimumTwiceNll the reference minimum: the free fit, or a lower scan point if one was found
 * @param bestFit the free fit
 */
public record ScanResult(
        List<String> parameters, List<List<Double>> grids, List<ScanPoint> points, double minimumTwiceNll,
        FitResult bestFit) {

    public ScanResult {
        parameters = List.copyOf(parameters);
        grids = grids.stream().map(List::copyOf).toList();
        points = List.copyOf(points);
    }

    public int dimension() {
        return parameters.size();
    }
}
