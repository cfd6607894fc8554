package org.darkflav.histfactory.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.darkflav.fit.FitResult;
import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.infer.Infer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Predictions against {@code reference/yields.json}, written by {@code reference/pyhf_reference_yields.py}: the
 * independent numpy transcription of pyhf's rates (pyhf_reference_nll.py), sample by sample, and the pre-fit
 * uncertainty by linear propagation with numerical (Richardson-extrapolated central-difference) derivatives.
 * Yields agree to rounding; the uncertainties to the numerical derivatives' precision (relative 1e-7).
 */
class PredictionsTest {

    static Stream<Arguments> cases() {
        return TestWorkspaces.referenceCases("yields.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void prefitMatchesTheReference(String id, JsonNode c) {
        HistFactoryModel model = TestWorkspaces.referenceModel(c);
        ModelPrediction prefit = Predictions.prefit(model);
        assertThat(prefit.label()).isEqualTo("pre-fit");
        assertThat(prefit.parameters()).containsExactly(TestWorkspaces.doubles(c.get("init")), within(0.0));
        assertMatches(prefit, c.get("at_init"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void awayFromTheInitWithPrefitWidths(String id, JsonNode c) {
        HistFactoryModel model = TestWorkspaces.referenceModel(c);
        double[] widths = TestWorkspaces.doubles(c.get("prefit_widths"));
        double[][] covariance = new double[widths.length][widths.length];
        for (int i = 0; i < widths.length; i++) {
            covariance[i][i] = widths[i] * widths[i];
        }
        assertMatches(Predictions.at(model, TestWorkspaces.doubles(c.get("shifted")), covariance, "shifted"),
                c.get("at_shifted"));
    }

    private static void assertMatches(ModelPrediction p, JsonNode channels) {
        assertThat(p.channels()).hasSize(channels.size());
        for (int k = 0; k < channels.size(); k++) {
            JsonNode ref = channels.get(k);
            ChannelPrediction c = p.channels().get(k);
            assertThat(c.channel()).isEqualTo(ref.get("name").asString());
            List<String> samples = new ArrayList<>();
            ref.get("samples").propertyNames().forEach(samples::add);
            assertThat(c.samples()).containsExactlyElementsOf(samples);
            for (int s = 0; s < samples.size(); s++) {
                assertClose(c.yields().get(s), TestWorkspaces.doubles(ref.get("samples").get(samples.get(s))), 1e-12,
                        c.channel() + "/" + samples.get(s));
            }
            double[] total = TestWorkspaces.doubles(ref.get("total"));
            assertClose(c.total(), total, 1e-12, c.channel() + " total");
            assertThat(c.observed()).containsExactly(TestWorkspaces.doubles(ref.get("observed")), within(0.0));
            double[] sigma = TestWorkspaces.doubles(ref.get("stdev"));
            for (int b = 0; b < sigma.length; b++) {
                assertThat(c.totalUncertainty()[b]).as("%s σ bin %d", c.channel(), b)
                        .isCloseTo(sigma[b], within(1e-7 * sigma[b] + 1e-10 * total[b]));
            }
        }
    }

    private static void assertClose(double[] actual, double[] expected, double relative, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int b = 0; b < expected.length; b++) {
            assertThat(actual[b]).as("%s bin %d", what, b).isCloseTo(expected[b],
                    within(relative * Math.abs(expected[b]) + 1e-12));
        }
    }

    @Test
    void postfitUsesTheFitsValuesAndCovariance() {
        HistFactoryModel model = TestWorkspaces.model("pyhf_validation/2bin_2channel_coupledhistosys.json",
                InterpolationSettings.PYHF_DEFAULT);
        FitResult fit = Infer.fit(model).result();
        ModelPrediction postfit = Predictions.postfit(model, fit);
        assertThat(postfit.label()).isEqualTo("post-fit");
        assertThat(postfit.parameters()).containsExactly(fit.values(), within(0.0));

        int bins = model.mainSize();
        double[] expected = SlowPropagation.variance(
                SlowPropagation.rows(YieldJacobian.of(model.compiled(), fit.values()), bins), fit.covariance());
        double[] nu = model.expectedData(fit.values());
        int b = 0;
        for (ChannelPrediction c : postfit.channels()) {
            for (int i = 0; i < c.bins(); i++, b++) {
                assertThat(c.total()[i]).isCloseTo(nu[b], within(1e-12 * nu[b]));
                assertThat(c.totalUncertainty()[i]).isCloseTo(Math.sqrt(expected[b]), within(1e-12 * nu[b]));
            }
        }
    }

    @Test
    void aSaturatedOneBinFitPredictsTheDataWithItsPoissonError() {
        // ν = μ s + b with only μ free and one bin: μ̂ = (n − b)/s, and the Hesse error of 2NLL = 2(ν − n ln ν)
        // gives var(μ̂) = ν²/(n s²) at ν = n, so σ_ν = s σ_μ = √n exactly (asymptotic Gaussian, errordef 1)
        var signal = new SampleSpec("signal", new double[] {20}, List.of(new ModifierSpec.NormFactor("mu")));
        var background = new SampleSpec("background", new double[] {100}, List.of());
        HistFactoryModel model = HistFactoryModel.build(List.of(new ChannelSpec("sr", List.of(signal, background))),
                List.of(new ObservationSpec("sr", new double[] {150})), new MeasurementSpec("m", "mu", List.of()),
                InterpolationSettings.PYHF_DEFAULT);
        FitResult fit = Infer.fit(model).result();
        ChannelPrediction sr = Predictions.postfit(model, fit).channel("sr");
        assertThat(fit.values()[0]).isCloseTo(2.5, within(1e-4));
        assertThat(sr.total()[0]).isCloseTo(150, within(1e-3));
        // the Hessian is a finite-difference one: 1e-4 relative
        assertThat(sr.totalUncertainty()[0]).isCloseTo(Math.sqrt(150), within(1e-4 * Math.sqrt(150)));
        // before the fit μ is unconstrained and the background has no systematic: nothing to propagate
        assertThat(Predictions.prefit(model).channel("sr").totalUncertainty()).containsExactly(0.0);
    }

    @Test
    void withoutACovarianceTheUncertaintyIsUnknown() {
        HistFactoryModel model = TestWorkspaces.model("pyhf_validation/1bin_shapesys.json",
                InterpolationSettings.PYHF_DEFAULT);
        ModelPrediction p = Predictions.at(model, model.suggestedInit(), null, "no errors");
        assertThat(p.channels().get(0).totalUncertainty()[0]).isNaN();
        assertThat(p.channels().get(0).total()[0]).isEqualTo(60.0); // signal 10 + background 50 at μ = 1, γ = 1
        assertThatThrownBy(() -> Predictions.at(model, new double[1], null, "x"))
                .hasMessageContaining("1 parameter values for a model with 2");
        assertThatThrownBy(() -> p.channel("nope")).hasMessageContaining("[singlechannel]");
    }
}
