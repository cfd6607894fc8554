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
        FitResult fit = likelihood.fixedPoiFit(observed, poiValue);
        return new AsimovData(poiValue, likelihood.model().expectedData(fit.values()), fit);
    }
}
