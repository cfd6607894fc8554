package org.darkflav.recast.lee;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.infer.StatisticalModel;
import org.hipparchus.special.Erf;

/**
 * Look-elsewhere problems with known answers: a Gaussian signal scanned over one channel of unit-width
 * bins with a known flat background (no nuisance parameters), as pyhf workspaces. The mass is the signal
 * centre in bin units; POI {@code mu} in [0, 100] scales a signal of {@code signal} events.
 */
final class SyntheticScans {

    private SyntheticScans() { }

    /**
     * A signal of width 0.05 bins at each bin centre: all of it in one bin (the neighbours get
     * erfc(10/√2)/2 ≈ 1e-23 of it), so the masses are independent trials.
     */
    record IndependentBins(int bins, double background, double signal, double[] observed) implements ScanModelSource {
        private static final long serialVersionUID = 1L;

        double[] centres() {
            double[] m = new double[bins];
            for (int i = 0; i < bins; i++) {
                m[i] = i + 0.5;
            }
            return m;
        }

        @Override
        public ScanModels build(double[] masses) {
            return models(masses, bins, background, signal, 0.05, observed);
        }
    }

    /**
     * A signal of width {@code width} bins over a large background (Poisson counts that are Gaussian to
     * 1/√background), scanned on a grid finer than the width: q0(m) is then a smooth Gaussian process
     * squared, the case Gross and Vitells treat.
     */
    record SmoothBump(int bins, double background, double signal, double width, double[] observed)
            implements ScanModelSource {
        private static final long serialVersionUID = 1L;

        @Override
        public ScanModels build(double[] masses) {
            return models(masses, bins, background, signal, width, observed);
        }
    }

    static ScanModels models(double[] masses, int bins, double background, double signal, double width,
            double[] observed) {
        List<StatisticalModel> models = new ArrayList<>();
        for (double m : masses) {
            models.add(model(bins, background, gaussian(bins, m, width, signal), observed));
        }
        return ScanModels.of(masses, models);
    }

    /** Events of a Gaussian of {@code total} events centred at {@code centre} in each unit bin [i, i + 1). */
    static double[] gaussian(int bins, double centre, double width, double total) {
        double[] s = new double[bins];
        for (int i = 0; i < bins; i++) {
            s[i] = total * 0.5 * (Erf.erf((centre - i) / (width * Math.sqrt(2)))
                    - Erf.erf((centre - i - 1) / (width * Math.sqrt(2))));
        }
        return s;
    }

    static double[] flat(int bins, double value) {
        double[] b = new double[bins];
        java.util.Arrays.fill(b, value);
        return b;
    }

    private static StatisticalModel model(int bins, double background, double[] signal, double[] observed) {
        SampleSpec bkg = new SampleSpec("background", flat(bins, background), List.of());
        SampleSpec sig = new SampleSpec("signal", signal, List.of(new ModifierSpec.NormFactor("mu")));
        MeasurementSpec measurement = new MeasurementSpec("scan", "mu", List.of(
                new ParameterConfig("mu", new double[] {1}, new double[][] {{0, 100}}, null, null, null, null)));
        return HistFactoryModel.build(List.of(new ChannelSpec("bins", List.of(bkg, sig))),
                List.of(new ObservationSpec("bins", observed)), measurement, InterpolationSettings.PYHF_DEFAULT);
    }
}
