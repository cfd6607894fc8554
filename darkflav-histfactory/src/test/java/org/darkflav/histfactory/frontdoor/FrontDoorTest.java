package org.darkflav.histfactory.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.workspace.Workspace;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.Infer;
import org.darkflav.infer.InferenceException;
import org.darkflav.infer.InferenceOptions;
import org.darkflav.infer.ModelFit;
import org.darkflav.infer.SignificanceResult;
import org.darkflav.infer.TestStatistic;
import org.darkflav.infer.UpperLimitResult;
import org.junit.jupiter.api.Test;

/** The pyhf-shaped front door: Workspace.model() and Infer, against the references the engine is held to. */
class FrontDoorTest {

    private static Workspace workspace(String relative) {
        return Workspace.read(TestWorkspaces.path(relative));
    }

    @Test
    void modelUsesPyhfDefaultsAndTheFirstMeasurement() {
        Workspace ws = workspace("pyhf_validation/shapesys_nuisparfilter.json");
        HistFactoryModel byHand = HistFactoryModel.build(ws.spec().channels(), ws.spec().observations(),
                ws.measurementForFit(null), InterpolationSettings.PYHF_DEFAULT);
        HistFactoryModel model = ws.model();
        assertThat(model.parameterNames()).isEqualTo(byHand.parameterNames());
        double[] init = model.suggestedInit();
        assertThat(model.twiceNll(model.observedData()).value(init))
                .isEqualTo(byHand.twiceNll(byHand.observedData()).value(init));
    }

    @Test
    void hypotestMatchesPyhfValidation() {
        // reference/cls.json (converged answer, pyhf_reference_cls.py): shapesys_nuisparfilter, q~mu, mu = 1
        HypoTestResult r = Infer.hypotest(1.0, workspace("pyhf_validation/shapesys_nuisparfilter.json").model());
        assertThat(r.testStatistic()).isEqualTo(TestStatistic.QMU_TILDE);
        assertThat(r.cls()).isCloseTo(0.004360634405484502, within(1e-5 * 0.00436));
        assertThat(r.clsExpected().median()).isCloseTo(0.004360634386335687, within(1e-5 * 0.00436));
    }

    @Test
    void theFourProceduresOnBelleII() {
        HistFactoryModel model = workspace("@examples/belle2_knunu_combined/combined_likelihood.json").model();
        ModelFit fit = Infer.fit(model);
        // Belle II, arXiv:2311.14647: mu = 4.6 +- 1.3; darkflav's converged fit 4.599 +- 1.334 (doc/recast.md)
        assertThat(fit.converged()).isTrue();
        assertThat(fit.value("mu")).isCloseTo(4.599, within(0.002));
        assertThat(fit.error("mu")).isCloseTo(1.334, within(0.002));
        assertThat(fit.values()).containsKey("mu");
        // pyhf: sqrt(q0) = 3.46 (examples/belle2_knunu_combined README). The limit: a regression against darkflav's
        // earlier limit search (6.84 observed, 2.51 median expected), and CLs(limit) = 0.05 by definition below
        SignificanceResult z = Infer.significance(model);
        assertThat(z.zObserved()).isCloseTo(3.460, within(0.001));
        assertThat(z.zExpected()).isEqualTo(z.zExpectedMedian());
        UpperLimitResult limit = Infer.upperLimit(model, 0.95);
        assertThat(limit.observed()).isCloseTo(6.84, within(0.01));
        assertThat(limit.expected().median()).isCloseTo(2.51, within(0.01));
        HypoTestResult test = Infer.hypotest(limit.observed(), model);
        assertThat(test.cls()).isCloseTo(0.05, within(0.05 * 1e-3));
    }

    @Test
    void optionsFixParametersAndCheckThem() {
        HistFactoryModel model = workspace("pyhf_validation/1bin_normsys.json").model();
        ModelFit fixed = Infer.fit(model, InferenceOptions.defaults().withFixed("mu", 0.5));
        assertThat(fixed.value("mu")).isEqualTo(0.5);
        assertThat(fixed.error("mu")).isZero();
        assertThat(fixed.twiceNll()).isGreaterThan(Infer.fit(model).twiceNll());
        assertThatThrownBy(() -> Infer.fit(model, InferenceOptions.defaults().withFixed("nope", 1)))
                .isInstanceOf(InferenceException.class).hasMessageContaining("no such parameter");
        assertThatThrownBy(() -> Infer.fit(model, InferenceOptions.defaults().withFixed("mu", 99)))
                .isInstanceOf(InferenceException.class).hasMessageContaining("outside its bounds");
        assertThatThrownBy(() -> fixed.value("nope")).hasMessageContaining("no parameter named 'nope'");
    }
}
