package org.darkflav.infer;

import org.darkflav.fit.FitResult;

/**
 * The Asimov data set as pyhf's {@code generate_asimov_data} builds it: the nuisance parameters from a
 * fit with the POI fixed at μ_A to the <em>observed</em> data, then the model's expected main rates and
 * expected auxiliary data at those parameters.
 *
 * @param poiValue μ_A
 * @param data main then auxiliary Asimov data
 * @param fit the fixed-POI fit that gave the parameters
 */
public record AsimovData(double poiValue, double[] data, FitResult fit) {

    public AsimovData {
        data = data.clone();
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    /** Builds the Asimov data for POI value {@code poiValue} from the fit to {@code observed}. */
    public static AsimovData build(ProfileLikelihood likelihood, double[] observed, double poiValue) {
        return of(likelihood, poiValue, likelihood.fixedPoiFit(observed, poiValue));
    }

    /**
     * As {@link #build(ProfileLikelihood, double[], double)}, with the fixed-POI fit warm-started from
     * {@code near}, a fit to the same observed data (the free fit): the same parameters to within
     * the stopping tolerance, for a fraction of the cost.
     */
    public static AsimovData build(ProfileLikelihood likelihood, double[] observed, double poiValue, FitResult near) {
        return of(likelihood, poiValue, likelihood.fixedPoiFit(observed, poiValue, near));
    }

    private static AsimovData of(ProfileLikelihood likelihood, double poiValue, FitResult fit) {
        return new AsimovData(poiValue, likelihood.model().expectedData(fit.values()), fit);
    }
}
