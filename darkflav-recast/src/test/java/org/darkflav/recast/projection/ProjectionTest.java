package org.darkflav.recast.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.OptionalDouble;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.SchemaValidator;
import org.darkflav.histfactory.spec.SpecReader;
import org.darkflav.histfactory.spec.SpecWriter;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.infer.Calculator;
import org.darkflav.infer.ExpectedBand;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.Significance;
import org.darkflav.infer.TaskRunner;
import org.darkflav.infer.UpperLimit;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.analysis.RecastWorkspace;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.scan.RecastAnalyses;
import org.junit.jupiter.api.Test;

class ProjectionTest {
    private static final AnalysisBundles BUNDLES = new AnalysisBundles();
    private static final DatasetLuminosity CURRENT = DatasetLuminosity.belle2Bknunu2023(BUNDLES);
    private static final RecastWorkspace ITA_2GEV =
            new RecastAnalyses(BUNDLES).paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).withX(2.0);
    private static final double[] NOW = {CURRENT.inverseAttobarns()};

    /** The acceptance test: at the current luminosity the projection is the current expected sensitivity. */
    @Test
    void atTheCurrentLuminosityTheProjectionIsTheCurrentExpectedSensitivity() {
        ProfileLikelihood pl = ProfileLikelihood.of(ITA_2GEV.compile());
        double[] observed = pl.model().observedData();
        // reference: darkflav's pyhf-validated UpperLimit and Significance on the current workspace and data
        // (pyhf's upper_limit expected band and hypotest(0, test_stat="q0") expected p0 at mu = 1)
        ExpectedBand ul = UpperLimit.asymptotic(pl).rootFinding(observed, 0.95, 0.02, 10, 1e-10, ProgressListener.NONE)
                .expected();
        double z = new Significance(new HypoTest(pl, TaskRunner.sequential()), Calculator.asymptotic())
                .discovery(observed, ProgressListener.NONE).zExpectedMedian();
        for (SystematicsScaling option : SystematicsScaling.values()) {
            // Br = one POI unit: the signal of pyhf's q0 Asimov data (mu = 1)
            ProjectionPoint p = new Projection(CURRENT, option, 1e-10)
                    .at(ITA_2GEV, 2.0, NOW, OptionalDouble.of(ITA_2GEV.brPerPoiUnit())).get(0);
            assertThat(p.scaleFactor()).isEqualTo(1.0);
            assertThat(p.expectedZ()).isCloseTo(z, withinPercentage(1e-4));
            double[] band = p.expectedUl95();
            for (int k = 0; k < 5; k++) {
                assertThat(band[k]).as("band point %d", k).isCloseTo(ITA_2GEV.br(ul.get(k)), withinPercentage(1e-4));
            }
            assertThat(p.converged()).isTrue();
        }
    }

    @Test
    void countingSignificanceGrowsLikeTheSquareRootOfTheLuminosity() {
        // s = 10 over b = 100, no systematics. Asimov significance (Cowan et al. 2011, eq. 97):
        // Z_A = sqrt(2((s + b) ln(1 + s/b) - s)) = 0.98399164 (numpy). Z_A is homogeneous of degree 1/2 in
        // (s, b): scaling both by 4 gives exactly 2 Z_A, so the only tolerance is the fits' (1e-10 in 2NLL).
        RecastWorkspace counting = counting(List.of());
        double lumi = 0.5;
        Projection projection = new Projection(new DatasetLuminosity(lumi, null), SystematicsScaling.STAT_ONLY_SCALING,
                1e-10);
        List<ProjectionPoint> p = projection.at(counting, 1.0, new double[] {lumi, 4 * lumi},
                OptionalDouble.of(counting.brPerPoiUnit()));
        assertThat(p.get(0).expectedZ()).isCloseTo(0.9839916447569484, within(1e-7));
        assertThat(p.get(1).expectedZ()).isCloseTo(2 * 0.9839916447569484, within(2e-7));
        // expected limits: background-only Asimov n = b, q~mu = 2(mu s - b ln(1 + mu s / b)); the band point n
        // solves sqrt(q) = -Phi^-1(0.05 Phi(-n)) - n (scipy brentq): 1.08896, 1.47922, 2.09005, 2.98054, 4.11445
        double[] expected = {1.0889556639550388, 1.4792193952273753, 2.0900500796461583, 2.9805358772298134,
            4.114453787071179};
        double[] band = p.get(0).expectedUl95();
        for (int k = 0; k < 5; k++) {
            assertThat(band[k]).isCloseTo(counting.br(expected[k]), withinPercentage(1e-5));
        }
        // 4x the data: the median solves 2(4 mu s - 4 b ln(1 + mu s / b)) = 1.95996^2: mu = 1.01225 (scipy)
        assertThat(p.get(1).expectedUl95Median()).isCloseTo(counting.br(1.0122521824129251), withinPercentage(1e-5));
    }

    @Test
    void systematicsLimitTheGainUnlessTheyShrink() {
        // 10 % normalisation uncertainty (normsys 1.1/0.9, pyhf code4) on b = 100, s = 10, 100 observed.
        // Reference: an independent scipy profile of Pois(n | 10k mu + 100k f(alpha)) x N(aux | alpha, 1) with
        // pyhf's code4 polynomial (doc/likelihood.md), Asimov data at the mu = 1 fit to the current data
        // (alpha_S = -0.48814): Z = 0.698728 now; 4x data: 0.887120 with fixed systematics, 1.399683 when the
        // relative systematic halves. Cross-check, Gaussian approximation Z = s / sqrt(b + (0.1 b)^2): ratios
        // 1.265 and exactly 2 (scipy: 1.2696 and 2.0032).
        RecastWorkspace counting = counting(List.of(new ModifierSpec.NormSys("bkg_norm", 1.1, 0.9)));
        double lumi = 1;
        double[] lumis = {lumi, 4 * lumi};
        OptionalDouble br = OptionalDouble.of(counting.brPerPoiUnit());
        DatasetLuminosity now = new DatasetLuminosity(lumi, null);
        List<ProjectionPoint> fixed = new Projection(now, SystematicsScaling.STAT_ONLY_SCALING).at(counting, 1, lumis, br);
        List<ProjectionPoint> shrink =
                new Projection(now, SystematicsScaling.SYSTEMATICS_SCALE_WITH_SQRT_L).at(counting, 1, lumis, br);
        assertThat(fixed.get(0).expectedZ()).isCloseTo(0.6987275438028969, within(1e-6));
        assertThat(shrink.get(0).expectedZ()).isEqualTo(fixed.get(0).expectedZ());
        assertThat(fixed.get(1).expectedZ()).isCloseTo(0.8871197504856091, within(1e-6));
        assertThat(shrink.get(1).expectedZ()).isCloseTo(1.3996833051204087, within(1e-6));
        assertThat(fixed.get(1).expectedUl95Median()).isGreaterThan(shrink.get(1).expectedUl95Median());
    }

    @Test
    void belleTwoOutlookAtTwoGeV() {
        Projection projection = new Projection(CURRENT, SystematicsScaling.STAT_ONLY_SCALING);
        double[] lumis = {1, 10, 50};
        List<ProjectionPoint> p = projection.at(ITA_2GEV, 2.0, lumis, OptionalDouble.of(8.8e-6));
        ProjectionPoint now = projection.at(ITA_2GEV, 2.0, NOW, OptionalDouble.of(8.8e-6)).get(0);
        for (int i = 0; i < lumis.length; i++) {
            double s = lumis[i] / 0.362;
            ProjectionPoint q = p.get(i);
            assertThat(q.scaleFactor()).isCloseTo(s, within(1e-12));
            // with systematics fixed Z cannot grow faster than the statistics-only sqrt(s), nor the limit fall faster
            assertThat(q.expectedZ()).isGreaterThan(now.expectedZ()).isLessThan(Math.sqrt(s) * now.expectedZ());
            assertThat(q.expectedUl95Median()).isLessThan(now.expectedUl95Median())
                    .isGreaterThan(now.expectedUl95Median() / Math.sqrt(s));
            double[] band = q.expectedUl95();
            for (int k = 1; k < 5; k++) {
                assertThat(band[k]).isGreaterThan(band[k - 1]);
            }
            assertThat(q.converged()).isTrue();
            if (i > 0) {
                assertThat(q.expectedZ()).isGreaterThan(p.get(i - 1).expectedZ());
            }
            System.out.printf("belle2-ita 2 GeV Br 8.8e-6: L = %s ab^-1: Z = %.4f, UL95 = %.4g [%.4g, %.4g]%n", lumis[i],
                    q.expectedZ(), q.expectedUl95Median(), band[1], band[3]);
        }
        System.out.printf("now: Z = %.4f UL95 = %.4g%n", now.expectedZ(), now.expectedUl95Median());
    }

    @Test
    void bestFitSignalByDefault() {
        Projection projection = new Projection(CURRENT, SystematicsScaling.STAT_ONLY_SCALING);
        ProjectionPoint p = projection.at(ITA_2GEV, 2.0, new double[] {1}, OptionalDouble.empty()).get(0);
        // MassScanTest / doc/recast.md: PAPER_REPRODUCTION best fit at 2 GeV is 9.42e-6
        assertThat(p.brCurrentBestFit()).isCloseTo(9.42e-6, within(0.02e-6));
        assertThat(p.brSignal()).isEqualTo(p.brCurrentBestFit());
    }

    @Test
    void projectedWorkspaceIsAValidPyhfWorkspaceWithTheAsimovData() {
        ProfileLikelihood now = ProfileLikelihood.of(ITA_2GEV.compile());
        double[] fit = now.fixedPoiFit(now.model().observedData(), 0).values();
        for (SystematicsScaling option : SystematicsScaling.values()) {
            Projection projection = new Projection(CURRENT, option);
            RecastWorkspace ws = projection.projectedWorkspace(ITA_2GEV, 10);
            SchemaValidator.validate(SpecWriter.toJson(ws.spec()), SchemaValidator.Document.WORKSPACE, "1.0.0",
                    "projected workspace (" + option + ")");
            // re-read from JSON, the workspace's data (observations + measurement auxdata) are the projection's
            // Asimov data: the scaled model's expectation at the current background-only fit
            WorkspaceSpec reread = SpecReader.readString(SpecWriter.toPrettyString(ws.spec()), "projected.json");
            ProfileLikelihood pl = ProfileLikelihood.of(new RecastWorkspace(reread, ws.measurement(), ws.poi(),
                    ws.brPerPoiUnit(), false, "reread").compile());
            double[] expected = projection.scaling(10).apply(ITA_2GEV).compile().expectedData(fit);
            double[] data = pl.model().observedData();
            assertThat(data).hasSameSizeAs(expected);
            for (int i = 0; i < data.length; i++) {
                assertThat(data[i]).as("datum %d", i).isCloseTo(expected[i], withinPercentage(1e-9));
            }
            // so a fit of the exported file finds no signal (the fit to Asimov data returns its generating point)
            assertThat(pl.fit(data).values()[pl.poiIndex()]).isCloseTo(0, within(1e-3));
        }
        // with fixed systematics the main counts are s = 10 / 0.362 times the current fit's expectation
        double[] current = now.model().expectedData(fit);
        double[] projected = new Projection(CURRENT, SystematicsScaling.STAT_ONLY_SCALING).projectedWorkspace(ITA_2GEV, 10)
                .spec().observations().get(0).data();
        for (int i = 0; i < projected.length; i++) {
            assertThat(projected[i]).isCloseTo(10 / 0.362 * current[i], withinPercentage(1e-9));
        }
    }

    @Test
    void noSignalInTheBinsMeansNoLimitAndNoSignificance() {
        RecastWorkspace noSignal = counting(List.of(), 0);
        ProjectionPoint p = new Projection(new DatasetLuminosity(1, null), SystematicsScaling.STAT_ONLY_SCALING)
                .at(noSignal, 4.78, new double[] {10}, OptionalDouble.of(1e-5)).get(0);
        assertThat(p.expectedZ()).isZero();
        assertThat(p.expectedUl95()).containsOnly(Double.NaN);
    }

    @Test
    void rejectsBadLuminosities() {
        Projection projection = new Projection(CURRENT, SystematicsScaling.STAT_ONLY_SCALING);
        assertThatThrownBy(() -> projection.at(ITA_2GEV, 2, new double[] {1, -1}, OptionalDouble.empty()))
                .hasMessageContaining("positive number of ab^-1");
        assertThatThrownBy(() -> projection.at(ITA_2GEV, 2, new double[0], OptionalDouble.empty()))
                .hasMessageContaining("no luminosity");
    }

    /** One bin: signal (10) x mu (Br = mu x 1e-5), background 100 with {@code backgroundModifiers}, 100 observed. */
    private static RecastWorkspace counting(List<ModifierSpec> backgroundModifiers) {
        return counting(backgroundModifiers, 10);
    }

    private static RecastWorkspace counting(List<ModifierSpec> backgroundModifiers, double signal) {
        WorkspaceSpec spec = new WorkspaceSpec(
                List.of(new ChannelSpec("counting", List.of(
                        new SampleSpec("signal", new double[] {signal}, List.of(new ModifierSpec.NormFactor("mu"))),
                        new SampleSpec("background", new double[] {100}, backgroundModifiers)))),
                List.of(new ObservationSpec("counting", new double[] {100})),
                List.of(new MeasurementSpec("m", "mu", List.of(
                        new ParameterConfig("mu", new double[] {1}, new double[][] {{0, 10}}, null, null, null, null)))),
                "1.0.0");
        return new RecastWorkspace(spec, "m", "mu", 1e-5, false, "counting test");
    }
}
