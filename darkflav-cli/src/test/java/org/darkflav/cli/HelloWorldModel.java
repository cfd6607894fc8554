package org.darkflav.cli;

import java.util.List;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.SampleSpec;

/**
 * pyhf's {@code simplemodels.uncorrelated_background(signal=[12, 11], bkg=[50, 52], bkg_uncertainty=[3, 7])}
 * built with the HistFactory engine, with pyhf's observed data [51, 48] or others.
 */
final class HelloWorldModel {

    private HelloWorldModel() {}

    static HistFactoryModel withData(double[] observed) {
        return withSignal(new double[] {12, 11}, observed);
    }

    /** The same with another signal, e.g. one too small for any limit. */
    static HistFactoryModel withSignal(double[] signalYields, double[] observed) {
        var signal = new SampleSpec("signal", signalYields, List.of(new ModifierSpec.NormFactor("mu")));
        var background = new SampleSpec("background", new double[] {50, 52},
                List.of(new ModifierSpec.ShapeSys("uncorr_bkguncrt", new double[] {3, 7})));
        return HistFactoryModel.build(List.of(new ChannelSpec("singlechannel", List.of(signal, background))),
                List.of(new ObservationSpec("singlechannel", observed)), new MeasurementSpec("m", "mu", List.of()),
                InterpolationSettings.PYHF_DEFAULT);
    }

    static HistFactoryModel helloWorld() {
        return withData(new double[] {51, 48});
    }
}
