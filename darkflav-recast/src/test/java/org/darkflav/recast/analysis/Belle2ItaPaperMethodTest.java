package org.darkflav.recast.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.fit.Objective;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.PostfitVariant;
import org.darkflav.recast.templates.BinnedSignal;
import org.junit.jupiter.api.Test;

class Belle2ItaPaperMethodTest {
    private static final AnalysisBundles BUNDLES = new AnalysisBundles();
    private static final double BR_SM = BUNDLES.smReference().total();
    private static final Belle2ItaPaperMethod PAPER = new Belle2ItaPaperMethod(
            new DerivedTableTemplates(BUNDLES, PostfitVariant.ITA_ONLY).templates(), ItaLayout.BELLE2_2023, BR_SM,
            PaperMethodOptions.PAPER);

    @Test
    void numberOfBMesonsFollowsFromTheSmTemplate() {
        // derived README: N_B = 40 / (0.02 x 4.966e-6) = 4.03e8; with the exact template sum 160.114:
        // independent numpy value 402854734.5259372
        assertThat(PAPER.nB()).isCloseTo(402854734.5259372, within(1.0));
    }

    @Test
    void xYieldsAreTwoPercentPerEtaBinTimesTheShape() {
        double[] y = PAPER.xYieldsPerUnitBr(2.0);
        double[] f = BinnedSignal.PAPER.fractions(2.0, ItaLayout.BELLE2_2023.q2rec());
        for (int eta = 0; eta < 4; eta++) {
            double sum = 0;
            for (int q = 0; q < 3; q++) {
                assertThat(y[3 * eta + q]).isCloseTo(PAPER.nB() * 0.02 * f[q], within(1e-6));
                sum += y[3 * eta + q];
            }
            // renormalised to the binned range: every eta bin gets 2 % of N_B, i.e. the mean SM signal per eta bin at
            // Br_SM (numpy: 160.0505 / 4 = 40.0126 events)
            assertThat(sum * BR_SM).isCloseTo(40.0126, within(1e-3));
        }
    }

    @Test
    void workspaceHasThePapersModifiers() {
        RecastWorkspace ws = PAPER.withX(2.0);
        assertThat(ws.poi()).isEqualTo("mu_x");
        assertThat(ws.br(0.88)).isCloseTo(8.8e-6, within(1e-18));
        List<SampleSpec> samples = ws.spec().channels().get(0).samples();
        assertThat(samples).extracting(SampleSpec::name)
                .containsExactly("bbbar", "continuum", "taupair", "sm_signal", "x_signal");
        SampleSpec continuum = samples.get(1);
        assertThat(continuum.modifiers()).hasAtLeastOneElementOfType(ModifierSpec.ShapeSys.class);
        ModifierSpec.ShapeSys shape = (ModifierSpec.ShapeSys) continuum.modifiers().get(0);
        assertThat(shape.data()[0]).isCloseTo(0.1 * continuum.data()[0], within(1e-12));
        assertThat(samples.get(0).modifiers()).contains(new ModifierSpec.NormSys("norm_bbbar", 1.1, 0.9));
        HistFactoryModel model = ws.compile();
        int muSm = model.parameterNames().indexOf("mu_sm");
        assertThat(model.suggestedFixed()[muSm]).isTrue();
        assertThat(model.suggestedInit()[muSm]).isEqualTo(1.0);
        // 1 poi + 1 fixed mu_sm + 4 normsys + 12 staterror + 12 shapesys
        assertThat(model.parameterNames()).hasSize(30);
    }

    @Test
    void twiceNllAtNominalNuisancesMatchesAnIndependentEvaluation() {
        // independent numpy HistFactory evaluation of the same model (pyhf conventions: Poisson main terms with
        // lnGamma, staterror Gaussian with sigma_b = sqrt(sum delta^2)/sum nu, shapesys Poisson with tau = 100,
        // normsys Gaussian N(0|alpha,1)), templates from itafit_ postfit + prefit signal, Gaussian sigma 1.5
        double[] poi = {0.0, 0.5, 1.0, 2.0};
        double[] expected = {176.48390195223197, 151.35929813995295, 134.1338700034808, 121.30867478464283};
        HistFactoryModel model = PAPER.withX(2.0).compile();
        Objective nll = model.twiceNll(model.observedData());
        for (int k = 0; k < poi.length; k++) {
            double[] p = model.suggestedInit();
            p[model.poiIndex()] = poi[k];
            assertThat(nll.value(p)).as("mu_x = %s", poi[k]).isCloseTo(expected[k], within(1e-9));
        }
        // with X absent the X workspace and the SM-only workspace at mu_sm = 1 are the same likelihood
        HistFactoryModel sm = PAPER.smOnly().compile();
        assertThat(sm.twiceNll(sm.observedData()).value(sm.suggestedInit())).isCloseTo(expected[0], within(1e-9));
    }

    @Test
    void smOnlyFitReproducesThePaper() {
        // paper Appendix: Br(B+ -> K+ nu nubar) = (2.8 +/- 0.7)e-5 from the simplified SM-only fit; acceptance
        // +/- 0.3e-5. Independent numpy/scipy fit of the same model: mu_sm = 5.7191, Br = 2.840e-5, 2NLL = 118.18890
        RecastWorkspace ws = PAPER.smOnly();
        double[] fit = LocalFit.minimise(ws.compile(), Double.NaN);
        assertThat(fit[0]).isCloseTo(118.1889008, within(2e-4));
        assertThat(ws.br(fit[1])).isCloseTo(2.840e-5, within(0.01e-5));
        assertThat(ws.br(fit[1])).isCloseTo(2.8e-5, within(0.3e-5));
    }

    @Test
    void lightXFitAtTwoGeV() {
        RecastWorkspace ws = PAPER.withX(2.0);
        HistFactoryModel model = ws.compile();
        double[] free = LocalFit.minimise(model, Double.NaN);
        double[] zero = LocalFit.minimise(model, 0.0);
        double z = Math.sqrt(Math.max(0, zero[0] - free[0]));
        // independent numpy/scipy (L-BFGS-B) fit of the same model: Br = 1.9008e-5, 2NLL = 116.847313, Z = 4.375.
        // The paper quotes (8.8 +/- 2.5)e-6 at 3.6 sigma: NOT reproduced with the Appendix's literal 2 % efficiency per
        // eta bin (the SM average); see doc/recast.md "Known deviation". Do not tune this test towards the paper.
        assertThat(free[0]).isCloseTo(116.847313, within(2e-4));
        assertThat(ws.br(free[1])).isCloseTo(1.9008e-5, within(0.01e-5));
        assertThat(z).isCloseTo(4.375, within(0.01));
    }

    @Test
    void xEfficiencyFromTheNumberDensities() {
        var method = Belle2ItaPaperMethod.fromBundles(BUNDLES, new DerivedTableTemplates(BUNDLES, PostfitVariant.ITA_ONLY),
                PaperMethodOptions.PAPER.withXEfficiency(PaperMethodOptions.XEfficiencyModel.FROM_NUMBER_DENSITIES));
        // independent numpy: Belle II efficiency per eta bin for a line at q2 = 4 GeV^2 (sum of the three reco rows of
        // the interpolated number densities / N_B): 3.217 %, 3.439 %, 3.762 %, 4.129 % (vs the Appendix's flat 2 %)
        double[] expected = {0.03217031, 0.03439133, 0.03761634, 0.04128934};
        double[] perEta = method.eventsPerUnitBrPerEtaBin(2.0);
        for (int e = 0; e < 4; e++) {
            assertThat(perEta[e] / method.nB()).isCloseTo(expected[e], within(1e-8));
        }
        // independent scipy fit of this variant: Br = 9.381e-6, Z = 4.404 (paper: (8.8 +/- 2.5)e-6 at 3.6 sigma)
        RecastWorkspace ws = method.withX(2.0);
        HistFactoryModel model = ws.compile();
        double[] free = LocalFit.minimise(model, Double.NaN);
        double[] zero = LocalFit.minimise(model, 0.0);
        assertThat(free[0]).isCloseTo(116.5907415, within(2e-4));
        assertThat(ws.br(free[1])).isCloseTo(9.381e-6, within(0.01e-6));
        assertThat(Math.sqrt(zero[0] - free[0])).isCloseTo(4.404, within(0.01));
    }

    @Test
    void paperReproductionReading() {
        var method = Belle2ItaPaperMethod.fromBundles(BUNDLES, new DerivedTableTemplates(BUNDLES, PostfitVariant.ITA_ONLY),
                PaperMethodOptions.PAPER_REPRODUCTION);
        // independent scipy fits of this variant (sqrt(yield) staterror, X efficiency from the number densities):
        // SM-only Br = 2.8011e-5; m_X = 2 GeV: Br = 9.4186e-6, 2NLL = 131.078025 (free) / 143.757339 (mu_x = 0), Z = 3.5608.
        // Paper: (2.8 +/- 0.7)e-5; (8.8 +/- 2.5)e-6 at 3.6 sigma (acceptance +/- 1.5e-6 and +/- 0.4 sigma).
        RecastWorkspace sm = method.smOnly();
        assertThat(sm.br(LocalFit.minimise(sm.compile(), Double.NaN)[1])).isCloseTo(2.8011e-5, within(0.002e-5));
        RecastWorkspace ws = method.withX(2.0);
        HistFactoryModel model = ws.compile();
        double[] free = LocalFit.minimise(model, Double.NaN);
        double[] zero = LocalFit.minimise(model, 0.0);
        assertThat(free[0]).isCloseTo(131.078025, within(2e-4));
        assertThat(zero[0]).isCloseTo(143.757339, within(2e-4));
        double z = Math.sqrt(zero[0] - free[0]);
        assertThat(ws.br(free[1])).isCloseTo(9.4186e-6, within(0.005e-6));
        assertThat(z).isCloseTo(3.5608, within(0.005));
        assertThat(ws.br(free[1])).isCloseTo(8.8e-6, within(1.5e-6));
        assertThat(z).isCloseTo(3.6, within(0.4));
    }
}
