package org.darkflav.recast.analysis;

import org.darkflav.fit.FitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.StatisticalModel;

/** The fits the recast tests need, through darkflav's production fitting ({@link ProfileLikelihood}). */
final class LocalFit {

    private LocalFit() {}

    /** Minimum of twice-NLL; the POI is fixed at {@code poiValue} unless it is NaN. Returns {value, poiHat}. */
    static double[] minimise(StatisticalModel model, double poiValue) {
        ProfileLikelihood pl = ProfileLikelihood.of(model);
        double[] data = model.observedData();
        FitResult r = Double.isNaN(poiValue) ? pl.fit(data) : pl.fixedPoiFit(data, poiValue);
        if (!r.converged()) {
            throw new AssertionError("fit did not converge: " + String.join("; ", r.log()));
        }
        return new double[] {r.minimum(), r.values()[model.poiIndex()]};
    }
}
