package org.darkflav.recast.analysis;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.recast.data.BinnedSearchData;
import org.darkflav.recast.templates.BinnedSignal;

/**
 * The paper's treatment of a binned search such as BaBar 2013 (Appendix): background with its
 * statistical uncertainty only (staterror), the SM signal fixed at its expectation (if the bundle
 * gives it), and a B → K X sample N_B × ε_b × f_b(m_X) × Br with f_b the binned signal shape in
 * q² = s_B m_B² (equivalently mean and width scaled by 1/m_B² in s_B, as the paper does).
 *
 * @param data the transcribed bundle
 * @param signal X shape and out-of-range policy
 * @param brPerPoiUnit Br(B → K X) per unit of {@code mu_x}
 * @param poiUpperBound upper bound of {@code mu_x}
 */
public record BinnedSearchMethod(BinnedSearchData data, BinnedSignal signal, double brPerPoiUnit,
        double poiUpperBound) {

    public static final String X_POI = "mu_x";
    public static final String SM_POI = "mu_sm";

    /** Expected X events per bin for Br = 1 at {@code massGeV}. */
    public double[] xYieldsPerUnitBr(double massGeV) {
        double[] f = signal.fractions(massGeV, data.q2());
        double[] eff = data.efficiency();
        double[] y = new double[f.length];
        for (int b = 0; b < y.length; b++) {
            y[b] = data.nBMesons() * eff[b] * f[b];
        }
        return y;
    }

    public String channel() {
        return (data.experiment() + "_" + data.mode()).replaceAll("[^A-Za-z0-9]+", "_");
    }

    public RecastWorkspace withX(double massGeV) {
        String ch = channel();
        List<SampleSpec> samples = new ArrayList<>();
        samples.add(new SampleSpec("background", data.background(),
                List.of(new ModifierSpec.StatError("staterror_" + ch, data.backgroundUncertainty()))));
        List<ParameterConfig> params = new ArrayList<>();
        if (data.smSignal() != null) {
            samples.add(new SampleSpec("sm_signal", data.smSignal(), List.of(new ModifierSpec.NormFactor(SM_POI))));
            params.add(new ParameterConfig(SM_POI, new double[] {1}, new double[][] {{0, 20}}, true, null, null, null));
        }
        double[] x = xYieldsPerUnitBr(massGeV);
        for (int b = 0; b < x.length; b++) {
            x[b] *= brPerPoiUnit;
        }
        samples.add(new SampleSpec("x_signal", x, List.of(new ModifierSpec.NormFactor(X_POI))));
        params.add(new ParameterConfig(X_POI, new double[] {1}, new double[][] {{0, poiUpperBound}}, null, null, null,
                null));
        var m = new MeasurementSpec(ch + "_x", X_POI, params);
        var spec = new WorkspaceSpec(List.of(new ChannelSpec(ch, samples)),
                List.of(new ObservationSpec(ch, data.observed())), List.of(m), "1.0.0");
        return new RecastWorkspace(spec, m.name(), X_POI, brPerPoiUnit, true, data.experiment() + " " + data.mode()
                + " binned (paper method: statistical uncertainties only), m_X = " + massGeV + " GeV, "
                + signal.shape().label());
    }
}
