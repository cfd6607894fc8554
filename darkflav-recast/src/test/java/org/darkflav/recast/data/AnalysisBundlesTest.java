package org.darkflav.recast.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisBundlesTest {
    private final AnalysisBundles bundles = new AnalysisBundles();

    @Test
    void smReferenceIntegratesToTheMuEqualsOneNormalisation() {
        SmReferenceSpectrum sm = bundles.smReference();
        // derived README: 101 columns, underflow [-1,0) + 100 bins of 0.22885 GeV^2, total 4.966e-6
        assertThat(sm.q2gen().bins()).isEqualTo(101);
        assertThat(sm.q2gen().lo(0)).isEqualTo(-1.0);
        assertThat(sm.q2gen().hi(100)).isEqualTo(22.885);
        assertThat(sm.q2gen().width(50)).isCloseTo(0.22885, within(1e-9));
        assertThat(sm.brInBin(0)).isZero();
        assertThat(sm.total()).isCloseTo(4.966e-6, within(0.0005e-6));
    }

    @Test
    void numberDensityRowsSumToTheSignalTemplates() {
        // likelihood README: "Row sums equal the signal template of the JSON" (6-decimal rounding; HTA bins 0/1
        // differ by 3.05e-5, one MC weight in a neighbouring bin)
        RegionTable ita = bundles.itaPrefit();
        double[] signal = ita.sample("signal").yields();
        NumberDensity a = bundles.numberDensity(DensityRegion.ITA_A);
        NumberDensity b = bundles.numberDensity(DensityRegion.ITA_B);
        assertThat(a.recoBins()).isEqualTo(9);
        assertThat(b.recoBins()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(b.rowSum(i)).as("B row %d", i).isCloseTo(signal[i], within(2e-6));
        }
        for (int i = 0; i < 9; i++) {
            assertThat(a.rowSum(i)).as("A row %d", i).isCloseTo(signal[3 + i], within(2e-6));
        }
        NumberDensity hta = bundles.numberDensity(DensityRegion.HTA);
        double[] htaSignal = bundles.htaPrefit().sample("sgn_1_had").yields();
        for (int i = 0; i < 6; i++) {
            assertThat(hta.rowSum(i)).as("HTA row %d", i).isCloseTo(htaSignal[i], within(4e-5));
        }
        // row 0 of region A (lowest q2rec) holds only low q2gen (likelihood README)
        assertThat(a.count(0, 100)).isZero();
    }

    @Test
    void itaPrefitHasFortySignalEventsPerEtaBin() {
        RegionTable ita = bundles.itaPrefit();
        // derived README: 40.0 signal events per eta bin (2 % efficiency each), 160.1 in total
        double[] s = ita.sample("signal").yields();
        for (int eta = 0; eta < 4; eta++) {
            assertThat(s[3 * eta] + s[3 * eta + 1] + s[3 * eta + 2]).as("eta bin %d", eta).isCloseTo(40.0, within(0.05));
        }
        assertThat(ita.sample("signal").total()).isCloseTo(160.1, within(0.05));
        // ita_12bin_prefit.csv, bin 0 and bin 11
        assertThat(ita.observed()[0]).isEqualTo(2946);
        assertThat(ita.observed()[11]).isEqualTo(197);
        assertThat(ita.sample("taupair").statError(11)).isEqualTo(1e-6);
        BinnedTemplate bbbar = ita.group("bbbar", "charged", "mixed");
        assertThat(bbbar.yield(0)).isCloseTo(448.558366 + 315.432474, within(1e-9));
        assertThat(bbbar.statError(0)).isCloseTo(Math.hypot(8.677545, 8.163956), within(1e-9));
    }

    @Test
    void postfitTablesAreInternallyConsistent() {
        for (PostfitVariant v : PostfitVariant.values()) {
            RegionTable post = bundles.itaPostfit(v);
            double[] total = new double[12];
            for (BinnedTemplate t : post.samples()) {
                for (int b = 0; b < 12; b++) {
                    total[b] += t.yield(b);
                }
            }
            // the CSV's own *_total column (4 decimals)
            double expected0 = v == PostfitVariant.ITA_ONLY ? 2958.6835 : 2960.7749;
            assertThat(total[0]).as(v.name()).isCloseTo(expected0, within(1e-3));
            assertThat(post.provenance().derived()).isTrue();
        }
    }

    @Test
    void offResonanceAndHtaTables() {
        RegionTable off = bundles.offResonancePrefit();
        assertThat(off.observed()).startsWith(285, 134, 78);
        RegionTable hta = bundles.htaPrefit();
        // derived README: HTA signal at mu = 1 totals 8.05 events
        assertThat(hta.sample("sgn_1_had").total()).isCloseTo(8.05, within(0.005));
        assertThat(hta.observed()).containsExactly(110, 67, 26, 28, 14, 7);
    }

    @Test
    void digitisedCurvesHaveTheDocumentedColumnOrder() {
        // ALPaca README spot checks: Belle II only at 1.99 GeV 8.83e-6 [6.36, 11.40]e-6;
        // combined at 1.98 GeV 5.01e-6 [2.88, 7.14]e-6 (band columns swapped in that file)
        FitCurve belle = bundles.fitCurve(AlpacaCurve.BELLE2_B_TO_K);
        double[] b = belle.at(1.986622069999999907);
        assertThat(b[0]).isCloseTo(8.83e-6, within(0.005e-6));
        assertThat(b[1]).isCloseTo(6.36e-6, within(0.005e-6));
        assertThat(b[2]).isCloseTo(11.40e-6, within(0.005e-6));
        FitCurve comb = bundles.fitCurve(AlpacaCurve.COMBINED_B_TO_K);
        double[] c = comb.at(1.9824120603015072);
        assertThat(c[0]).isCloseTo(5.01e-6, within(0.005e-6));
        assertThat(c[1]).isCloseTo(2.88e-6, within(0.005e-6));
        assertThat(c[2]).isCloseTo(7.14e-6, within(0.005e-6));
        FitCurve babar = bundles.fitCurve(AlpacaCurve.BABAR_B_TO_K);
        assertThat(babar.lower()[0]).isZero();
        assertThat(babar.size()).isEqualTo(282);
        assertThatThrownBy(() -> babar.at(4.0)).hasMessageContaining("outside the tabulated range");
    }

    @Test
    void countingResultsOfBabar2013() {
        List<CountingResult> all = bundles.countingResults();
        // counting README: BaBar 2013 K+ nu nubar: 6 observed, 2.9 +/- 0.1 background, B < 3.7e-5 at 90 % CL
        CountingResult k = all.stream()
                .filter(r -> r.experiment().equals("BaBar") && r.observable().equals("BR(B+->Knunu)")
                        && !Double.isNaN(r.countsBackground()))
                .findFirst().orElseThrow();
        assertThat(k.countsTotal()).isEqualTo(6);
        assertThat(k.countsBackground()).isEqualTo(2.9);
        assertThat(k.backgroundStd()).isEqualTo(0.1);
        assertThat(k.upperLimit()).isEqualTo(3.7e-5);
        assertThat(k.confidenceLevel()).isEqualTo(0.9);
    }

    @Test
    void readmesAndLikelihoodAreShipped() {
        assertThat(bundles.readme(AnalysisBundles.DERIVED)).contains("N_B = 40 / (0.02 x 4.966e-6)");
        // likelihood README: 421 572 characters
        assertThat(bundles.publishedLikelihoodJson()).hasSize(421_572);
        assertThatThrownBy(() -> bundles.readme("no-such-bundle")).isInstanceOf(BundleException.class)
                .hasMessageContaining("not found");
    }
}
