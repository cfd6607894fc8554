package org.darkflav.histfactory.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.SpecException;
import org.junit.jupiter.api.Test;

class HistFactoryModelTest {

    /** pyhf.simplemodels.uncorrelated_background(signal=[12, 11], bkg=[50, 52], bkg_uncertainty=[3, 7]). */
    static HistFactoryModel helloWorld(double[] observed) {
        var signal = new SampleSpec("signal", new double[] {12, 11}, List.of(new ModifierSpec.NormFactor("mu")));
        var bkg = new SampleSpec("background", new double[] {50, 52},
                List.of(new ModifierSpec.ShapeSys("uncorr_bkguncrt", new double[] {3, 7})));
        var channel = new ChannelSpec("singlechannel", List.of(signal, bkg));
        return HistFactoryModel.build(List.of(channel), List.of(new ObservationSpec("singlechannel", observed)),
                new MeasurementSpec("m", "mu", List.of()), InterpolationSettings.PYHF_DEFAULT);
    }

    static HistFactoryModel load(String path, InterpolationSettings s) {
        return TestWorkspaces.model(path, s);
    }

    @Test
    void helloWorldMatchesPyhfDocstrings() {
        HistFactoryModel m = helloWorld(new double[] {51, 48});
        assertThat(m.parameterNames()).containsExactly("mu", "uncorr_bkguncrt[0]", "uncorr_bkguncrt[1]");
        // aux data τ = (50/3)², (52/7)²: pyhf-validation.md, hello-world section
        assertThat(m.observedData()).containsExactly(new double[] {51, 48, 2500.0 / 9, 2704.0 / 49}, within(1e-12));
        var nll = m.twiceNll(m.observedData());
        // pyhf infer/mle.py docstrings: twice_nll at init, at the free fit and at the μ = 1 fit
        assertThat(nll.value(new double[] {1, 1, 1})).isCloseTo(30.77525435, within(1e-8));
        assertThat(nll.value(new double[] {0, 1.0030512, 0.96266961})).isCloseTo(24.98393521, within(1e-8));
        assertThat(nll.value(new double[] {1, 0.97224597, 0.87553894})).isCloseTo(28.92218013, within(1e-8));
    }

    @Test
    void auxDataFollowSortedChannelsAsPyhf() {
        // pyhf-validation.md: for 2bin_2channel the aux data are [1600, 1225, 100, 225] (control first)
        HistFactoryModel m = load("pyhf_validation/2bin_2channel.json", InterpolationSettings.PYHF_VALIDATION);
        double[] d = m.observedData();
        assertThat(java.util.Arrays.copyOfRange(d, m.mainSize(), d.length))
                .containsExactly(new double[] {1600, 1225, 100, 225}, within(1e-9));
        assertThat(m.parameterNames()).hasSize(5);
    }

    @Test
    void shapesysWithZeroUncertaintyIsFixed() {
        // pyhf-validation.md, shapesys_nuisparfilter: δ = 0 in bin 2 makes that γ fixed with τ = 1
        HistFactoryModel m = load("pyhf_validation/shapesys_nuisparfilter.json", InterpolationSettings.PYHF_DEFAULT);
        int g1 = m.layout().indexOf("syst[1]");
        assertThat(g1).isPositive();
        assertThat(m.suggestedFixed()[g1]).isTrue();
        assertThat(m.suggestedFixed()[m.poiIndex()]).isFalse();
        assertThat(m.observedData()[m.mainSize() + 1]).isEqualTo(1.0);
    }

    @Test
    void constraintWidthsAreSigmaOrOneOverRootTau() {
        // pyhf: shapesys γ has a Poisson constraint with τ = (50/3)², (52/7)², so its pre-fit width is 1/√τ = δ/ν⁰
        HistFactoryModel m = helloWorld(new double[] {51, 48});
        assertThat(m.constraintWidths()[0]).isNaN();
        assertThat(m.constraintWidths()[1]).isCloseTo(3.0 / 50, within(1e-15));
        assertThat(m.constraintWidths()[2]).isCloseTo(7.0 / 52, within(1e-15));
        // lumi: σ from the measurement (1bin_lumi: 0.1)
        HistFactoryModel lumi = load("pyhf_validation/1bin_lumi.json", InterpolationSettings.PYHF_VALIDATION);
        assertThat(lumi.constraintWidths()[lumi.layout().indexOf("lumi")]).isEqualTo(0.1);
    }

    @Test
    void expectedDataAreRatesAndAuxExpectations() {
        HistFactoryModel m = helloWorld(new double[] {51, 48});
        double[] e = m.expectedData(new double[] {2, 1.1, 0.9});
        // ν_b = μ s_b + γ_b b_b; aux = γ_b τ_b
        assertThat(e).containsExactly(new double[] {24 + 55, 22 + 46.8, 1.1 * 2500 / 9, 0.9 * 2704.0 / 49}, within(1e-9));
    }

    @Test
    void samplesAreSeededAndCentredOnExpectation() {
        HistFactoryModel m = helloWorld(new double[] {51, 48});
        double[] x = {1, 1, 1};
        double[] a = m.sample(x, RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
        double[] b = m.sample(x, RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
        assertThat(a).containsExactly(b);
        double[] mean = new double[4];
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        int n = 20000;
        for (int t = 0; t < n; t++) {
            double[] s = m.sample(x, rng);
            for (int i = 0; i < 4; i++) {
                mean[i] += s[i] / n;
            }
        }
        double[] expected = m.expectedData(x);
        for (int i = 0; i < 4; i++) {
            // 5 standard errors of a Poisson mean
            assertThat(mean[i]).isCloseTo(expected[i], within(5 * Math.sqrt(expected[i] / n)));
        }
    }

    @Test
    void lumiWithoutMeasurementConfigIsAClearError() {
        var s = new SampleSpec("s", new double[] {1}, List.of(new ModifierSpec.Lumi("lumi")));
        assertThatThrownBy(() -> HistFactoryModel.build(List.of(new ChannelSpec("c", List.of(s))),
                List.of(new ObservationSpec("c", new double[] {1})), new MeasurementSpec("m", "lumi", List.of()),
                InterpolationSettings.PYHF_DEFAULT))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("needs its auxdata and sigmas");
    }

    @Test
    void unknownPoiAndMissingObservationAreClearErrors() {
        var s = new SampleSpec("s", new double[] {1}, List.of(new ModifierSpec.NormFactor("mu")));
        var c = new ChannelSpec("c", List.of(s));
        assertThatThrownBy(() -> HistFactoryModel.build(List.of(c), List.of(new ObservationSpec("c", new double[] {1})),
                new MeasurementSpec("m", "nu", List.of()), InterpolationSettings.PYHF_DEFAULT))
                .hasMessageContaining("names POI 'nu', which no modifier defines");
        assertThatThrownBy(() -> HistFactoryModel.build(List.of(c), List.of(),
                new MeasurementSpec("m", "mu", List.of()), InterpolationSettings.PYHF_DEFAULT))
                .hasMessageContaining("channel 'c' has no observation");
    }

    @Test
    void sharedShapesysIsRejectedAsInPyhf() {
        var a = new SampleSpec("a", new double[] {5}, List.of(new ModifierSpec.ShapeSys("u", new double[] {1})));
        var b = new SampleSpec("b", new double[] {5}, List.of(new ModifierSpec.ShapeSys("u", new double[] {1})));
        assertThatThrownBy(() -> HistFactoryModel.build(List.of(new ChannelSpec("c", List.of(a, b))),
                List.of(new ObservationSpec("c", new double[] {1})), new MeasurementSpec("m", null, List.of()),
                InterpolationSettings.PYHF_DEFAULT))
                .hasMessageContaining("shapesys 'u' is used by two samples");
    }
}
