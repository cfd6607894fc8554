package org.darkflav.recast.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.PostfitVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaperReadingTest {
    private static final AnalysisBundles BUNDLES = new AnalysisBundles();
    private static final ItaTemplateSource TEMPLATES = new DerivedTableTemplates(BUNDLES, PostfitVariant.ITA_ONLY);

    @ParameterizedTest
    @EnumSource(PaperReading.class)
    void everyQuoteIsVerbatimInThePaper(PaperReading reading) throws IOException {
        String paper = paperText();
        for (TextualSupport s : reading.support()) {
            if (!s.quote().isEmpty()) {
                assertThat(paper).as("%s: %s", reading, s.choice()).contains(s.quote());
            }
            assertThat(reading.note()).contains(s.choice());
        }
    }

    @Test
    void headlineHasTheFewestUnstatedChoices() {
        long fewest = Arrays.stream(PaperReading.values()).mapToLong(PaperReading::unstatedChoices).min().orElseThrow();
        assertThat(PaperReading.HEADLINE.unstatedChoices()).isEqualTo(fewest).isZero();
        assertThat(PaperReading.TWO_N_BBBAR.unstatedChoices()).isEqualTo(1);
        assertThat(PaperReading.EXCESS_NORMALISED.unstatedChoices()).isEqualTo(1);
    }

    @Test
    void flatReadingLosesTheGaussianOutsideTheBins() {
        Belle2ItaPaperMethod m = PaperReading.FLAT_B_PLUS.method(BUNDLES, TEMPLATES);
        double perEta = m.templates().smSignal().total() / 4 / m.brSm();
        double sum = Arrays.stream(m.xYieldsPerUnitBr(0.0)).sum();
        // Gaussian N(0, 1.5) inside [-1, 25]: 1 - Phi(-2/3) = 0.7475075 (scipy.stats.norm.cdf)
        assertThat(sum / (4 * perEta)).isCloseTo(0.7475075, within(1e-6));
        // at 2 GeV practically all of it is inside: 1 - Phi(-10/3) - (1 - Phi(14)) = 0.99957094
        assertThat(Arrays.stream(m.xYieldsPerUnitBr(2.0)).sum() / (4 * perEta)).isCloseTo(0.99957094, within(1e-7));
    }

    @Test
    void twoNBBbarCountsEveryBMesonOfTheSample() {
        Belle2ItaPaperMethod m = PaperReading.TWO_N_BBBAR.method(BUNDLES, TEMPLATES);
        // 2 x 387e6 B mesons x 2 % (dataset bundle, arXiv:2311.14647)
        assertThat(m.eventsPerUnitBrPerEtaBin(2.0)).containsOnly(2 * 387e6 * 0.02);
        // the SM-template count: 160.114 / 4 / (0.02 x 4.966e-6) = 4.029e8 (derived README), so the ratio is 1.921
        assertThat(2 * 387e6 / PaperReading.FLAT_B_PLUS.method(BUNDLES, TEMPLATES).nB()).isCloseTo(1.9213, within(1e-4));
    }

    @Test
    void excessReadingIsTheExcessOverThePostfitTemplates() {
        Belle2ItaPaperMethod m = PaperReading.EXCESS_NORMALISED.method(BUNDLES, TEMPLATES);
        // independent sum over ita_12bin_prefit.csv (n_obs, signal) and ita_12bin_postfit.csv (itafit_*): 696.0 events
        assertThat(m.observedExcess()).isCloseTo(696.0, within(0.01));
        var n = (XNormalisation.ObservedExcess) m.options().xNormalisation();
        // Br_measured = SM-only fit 2.801e-5 (doc/recast.md; paper 2.8e-5), Br_SM = 4.966e-6
        assertThat(n.brExcess()).isCloseTo(2.801e-5 - 4.966e-6, within(0.005e-5));
        assertThat(m.eventsPerUnitBrPerEtaBin(2.0)[0] * n.brExcess() * 4).isCloseTo(696.0, within(0.01));
    }

    @Test
    void numberDensityEfficiencyRefusesAnotherBCount() {
        var options = PaperMethodOptions.PAPER_REPRODUCTION;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> options.withXNormalisation(
                new XNormalisation.BMesonCount(7.74e8, "test"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number densities");
    }

    private static String paperText() throws IOException {
        try (InputStream in = PaperReadingTest.class.getResourceAsStream(
                "/org/darkflav/recast/paper/altmannshofer2024_prd109_075008.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
