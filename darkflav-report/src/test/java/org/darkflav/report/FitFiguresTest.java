package org.darkflav.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.darkflav.fit.FitResult;
import org.darkflav.fit.FitStatus;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.infer.CorrelationMatrix;
import org.darkflav.infer.ImpactResult;
import org.darkflav.infer.Infer;
import org.darkflav.infer.Pull;
import org.darkflav.infer.PullResult;
import org.darkflav.infer.RankingResult;
import org.darkflav.plot.DataPoints;
import org.darkflav.plot.ImpactRow;
import org.darkflav.plot.PullRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** darkflav's fit results mapped onto the cabinetry-style charts, and the files plot-fit writes. */
class FitFiguresTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    Path dir;

    /**
     * Two channels ("SR", "CR 1/2": a name that is no file name): signal with μ, background with a normsys and a
     * per-bin shapesys; "mu" is the POI.
     */
    static HistFactoryModel model() {
        var sr = new ChannelSpec("SR", List.of(
                new SampleSpec("signal", new double[] {5, 10}, List.of(new ModifierSpec.NormFactor("mu"))),
                new SampleSpec("background", new double[] {50, 40}, List.of(
                        new ModifierSpec.NormSys("bkg_norm", 1.1, 0.9),
                        new ModifierSpec.ShapeSys("bkg_stat", new double[] {5, 4})))));
        var cr = new ChannelSpec("CR 1/2", List.of(new SampleSpec("background", new double[] {200, 150},
                List.of(new ModifierSpec.NormSys("bkg_norm", 1.1, 0.9)))));
        return HistFactoryModel.build(List.of(sr, cr), List.of(new ObservationSpec("SR", new double[] {60, 47}),
                new ObservationSpec("CR 1/2", new double[] {210, 160})), new MeasurementSpec("m", "mu", List.of()),
                InterpolationSettings.PYHF_DEFAULT);
    }

    @Test
    void dataCarryGarwoodErrorBars() {
        // scipy.stats.chi2.ppf(α/2, 2n)/2 and chi2.ppf(1 − α/2, 2n + 2)/2 with α = 1 − 0.6826894921370859
        // (the PDG table of Poisson intervals gives the same to its 3 digits: 0 → [0, 1.84], 10 → [6.89, 14.27])
        DataPoints d = FitFigures.data(new double[] {0, 1, 10, 2.5});
        double[][] expected = {{0, 1.8410216450092634}, {0.17275377902344996, 3.299526559115855},
            {6.891305560638357, 14.266949761009391}, {1.0279951346305933, 5.283478177386314}};
        for (int b = 0; b < 4; b++) {
            double n = d.values()[b];
            assertThat(n - d.errorLow()[b]).isCloseTo(expected[b][0], within(1e-9));
            assertThat(n + d.errorHigh()[b]).isCloseTo(expected[b][1], within(1e-9));
        }
    }

    static PullResult pullResult(boolean converged, int perBin) {
        List<Pull> pulls = new ArrayList<>();
        pulls.add(new Pull("mu", 1.2, 0.3, 1, Double.NaN, Double.NaN, Double.NaN));
        pulls.add(new Pull("alpha", 0.5, 0.8, 0, 1, 0.5, 0.8));
        for (int i = 0; i < perBin; i++) {
            pulls.add(new Pull("gamma[" + i + "]", 1.01, 0.1, 1, 0.1, 0.1, 1));
        }
        FitResult fit = new FitResult(new double[0], new double[0], null, 0, 0, 1, 1,
                converged ? FitStatus.CONVERGED : FitStatus.CALL_LIMIT_REACHED, new boolean[0], List.of());
        return new PullResult(fit, pulls, new CorrelationMatrix(List.of(), new double[0][]));
    }

    @Test
    void pullsShowConstrainedParametersWithTheirConstraintAndLeavePerBinOnesOutAsCabinetry() {
        List<PullRow> rows = FitFigures.pullRows(pullResult(true, 40), p -> true);
        // the unconstrained POI has no pull
        assertThat(rows).extracting(PullRow::label).doesNotContain("mu").contains("alpha", "gamma[39]");
        assertThat(rows.get(0).value()).isEqualTo(0.5);
        assertThat(rows.get(0).error()).isEqualTo(0.8);
        // by default the 40 per-bin γ are left out: one row instead of 41
        assertThat(FitFigures.pulls(pullResult(true, 40)).height())
                .isLessThan(FitFigures.pulls(pullResult(true, 40), p -> true).height() - 30 * 20);
        // with nothing else to show, the per-bin ones are shown; a non-converged fit still draws
        assertThat(FitFigures.pulls(new PullResult(pullResult(false, 3).fit(),
                pullResult(false, 3).pulls().subList(2, 5), pullResult(false, 3).correlations())).height())
                .isPositive();
        assertThatThrownBy(() -> FitFigures.pullRows(pullResult(true, 0), p -> p.equals("mu")))
                .hasMessageContaining("no pulls to draw");
    }

    @Test
    void rankingShowsTheTopImpactsWithPullsFromTheModelsInit() {
        HistFactoryModel model = model();
        List<ImpactResult> impacts = List.of(
                new ImpactResult("bkg_norm", 0.4, 1, 0.5, 0.3, -0.25, 0.2, -0.1),
                new ImpactResult("bkg_stat[0]", 1.02, 0.1, 0.08, 0.05, -0.04, 0.04, -0.03),
                new ImpactResult("bkg_stat[1]", 0.99, 0.1, 0.09, 0.01, -0.01, 0.01, -0.01));
        RankingResult ranking = new RankingResult("mu", 1.1, 0.4, impacts);
        List<ImpactRow> rows = FitFigures.impactRows(ranking, model, 2);
        assertThat(rows).extracting(ImpactRow::label).containsExactly("bkg_norm", "bkg_stat[0]");
        // pull = (θ̂ − θ₀)/σ_pre with θ₀ the suggested init (0 for a normsys, 1 for a γ), error σ_post/σ_pre
        assertThat(rows.get(0).pull()).isCloseTo(0.4, within(1e-12));
        assertThat(rows.get(0).pullError()).isCloseTo(0.5, within(1e-12));
        assertThat(rows.get(1).pull()).isCloseTo(0.2, within(1e-12));
        assertThat(rows.get(1).pullError()).isCloseTo(0.8, within(1e-12));
        assertThat(rows.get(0).postfitDown()).isEqualTo(-0.1);
        assertThat(FitFigures.ranking(ranking, model, 20).height()).isPositive();
        assertThatThrownBy(() -> FitFigures.impactRows(ranking, model, 0)).hasMessageContaining("at least one");
    }

    @Test
    void correlationsDropFixedAndWeaklyCorrelatedParametersAsCabinetry() {
        // c is fixed (no correlation at all), d correlates at 0.15 with a only
        double[][] m = {{1, 0.6, 0, 0.15}, {0.6, 1, 0, 0}, {0, 0, 1, 0}, {0.15, 0, 0, 1}};
        CorrelationMatrix matrix = new CorrelationMatrix(List.of("a", "b", "c", "d"), m);
        assertThat(FitFigures.kept(matrix, 0)).containsExactly(0, 1, 3);
        assertThat(FitFigures.kept(matrix, 0.2)).containsExactly(0, 1);
        assertThat(FitFigures.kept(matrix, 0.9)).isEmpty();
        assertThatThrownBy(() -> FitFigures.correlations(matrix, 0.9, true)).hasMessageContaining("no correlation");
    }

    @Test
    void logScaleWhenTheYieldsSpanMoreThanAFactor100() {
        assertThat(FitFigures.logScale(new double[] {1000, 5}, new double[] {990, 3})).isTrue();
        assertThat(FitFigures.logScale(new double[] {100, 5}, new double[] {90, 3})).isFalse();
    }

    @Test
    void plotFitWritesPreAndPostFitPerChannelAndTheCorrelationMatrix() throws Exception {
        HistFactoryModel model = model();
        FitResult fit = Infer.fit(model).result();
        assertThat(fit.converged()).isTrue();
        List<Path> files = FitFigures.writeFitFigures(model, fit, 0, dir.resolve("figs"));
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        // channels in the model's sorted order: "CR 1/2" before "SR"
        assertThat(names).containsExactly(
                "CR_1_2_prefit.png", "CR_1_2_prefit.svg", "CR_1_2_prefit.pdf",
                "CR_1_2_postfit.png", "CR_1_2_postfit.svg", "CR_1_2_postfit.pdf",
                "SR_prefit.png", "SR_prefit.svg", "SR_prefit.pdf",
                "SR_postfit.png", "SR_postfit.svg", "SR_postfit.pdf",
                "correlation_matrix.png", "correlation_matrix.svg", "correlation_matrix.pdf");
        for (Path f : files) {
            assertThat(f).isRegularFile();
            assertThat(Files.size(f)).isGreaterThan(1000);
        }
        assertThat(Files.readString(dir.resolve("figs/SR_postfit.svg"))).contains("post-fit").doesNotContain("NOT");
    }

    @Test
    void aFitThatDidNotConvergeIsStillDrawnAndSaysSo() throws Exception {
        HistFactoryModel model = model();
        FitResult good = Infer.fit(model).result();
        FitResult bad = new FitResult(good.values(), good.errors(), null, good.minimum(), 1, 5, 5,
                FitStatus.LINE_SEARCH_FAILED, good.atLimit(), List.of());
        List<Path> files = FitFigures.writeFitFigures(model, bad, 0, dir);
        // without a covariance there is no correlation matrix, and the post-fit band is left out
        assertThat(files).hasSize(12).noneMatch(p -> p.toString().contains("correlation"));
        assertThat(Files.readString(dir.resolve("SR_postfit.svg"))).contains("fit NOT converged");
        assertThat(Files.readString(dir.resolve("SR_prefit.svg"))).doesNotContain("NOT converged");
    }

    @Test
    void channelNamesBecomeDistinctFileNames() {
        Set<String> used = new HashSet<>();
        assertThat(FitFigures.fileName("SR 1/2", used)).isEqualTo("SR_1_2");
        assertThat(FitFigures.fileName("SR_1_2", used)).isEqualTo("SR_1_2_2");
        assertThat(FitFigures.fileName("a.b", used)).isEqualTo("a_b");
        assertThat(FitFigures.fileName("", used)).isEqualTo("channel");
    }
}
