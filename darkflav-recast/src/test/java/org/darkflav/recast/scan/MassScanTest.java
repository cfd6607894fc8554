package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class MassScanTest {
    private static final RecastAnalyses ANALYSES = new RecastAnalyses(new AnalysisBundles());
    private static final MassScan SCAN = new MassScan(new LocalTaskRunner(2));
    private static final MassGrid AROUND_2_GEV = new MassGrid(1.9, 2.1, 0.1);

    @Test
    void headlineReadingAtTwoGeV() {
        ScanResult r = SCAN.scan(ANALYSES.byName("belle2-ita"), AROUND_2_GEV, ProgressListener.NONE);
        MassPoint p = r.at(2.0);
        // independent scipy fit of the same workspace (doc/recast.md, FLAT_B_PLUS): Br = 1.90478e-5, Z = 3.5349
        assertThat(p.br()).isCloseTo(1.90478e-5, within(0.005e-5));
        assertThat(p.zLocal()).isCloseTo(3.535, within(0.005));
        assertThat(p.converged()).isTrue();
        assertThat(r.note()).startsWith("headline paper-method reading").contains("FLAT_B_PLUS");
    }

    @Test
    void belle2EfficiencyReadingAtTwoGeV() {
        MassPoint p = ANALYSES.byName("belle2-ita-belle2-eff").at(2.0);
        // independent scipy fit of the same workspace (doc/recast.md, PAPER_REPRODUCTION row): Br = 9.42e-6, Z = 3.56
        assertThat(p.br()).isCloseTo(9.42e-6, within(0.02e-6));
        assertThat(p.zLocal()).isCloseTo(3.56, within(0.01));
    }

    @Test
    void noLimitWhereXLeavesTheBins() {
        // at 4.75 GeV Belle II's efficiency for X (number densities) has fallen to almost nothing: CLs cannot fall
        // to 10 % for any Br, so the point has a fit but no limit (NaN), not an error
        MassPoint p = ANALYSES.byName("belle2-ita-belle2-eff").at(4.75);
        assertThat(p.ul90()).isNaN();
        assertThat(p.ul95()).isNaN();
        assertThat(p.br()).isFinite();
    }

    @Test
    void fullLikelihoodAtTwoGeV() {
        var full = ((WorkspaceAnalysis) ANALYSES.byName("belle2-full")).withLimits(false);
        ScanResult r = SCAN.scan(full, new MassGrid(2.0, 2.0, 1), ProgressListener.NONE);
        MassPoint p = r.at(2.0);
        // test-scope BFGS fit of the same model (FullLikelihoodFitTest, doc/recast.md): Br = 8.51e-6, Z = 3.46
        assertThat(p.br()).isCloseTo(8.51e-6, within(0.02e-6));
        assertThat(p.zLocal()).isCloseTo(3.46, within(0.01));
    }

    @Test
    void intervalStoppedByThePoiBoundIsFlagged() {
        // at 4.6 GeV X leaves almost no events in Belle II's bins: the profile stays below 1 up to the POI bound
        // mu_x = 10 (Br = 1e-4), so err_hi is the distance to the bound, not an interval edge
        MassPoint p = ((WorkspaceAnalysis) ANALYSES.byName("belle2-full")).withLimits(false).at(4.6);
        assertThat(p.cutAtBound()).isTrue();
        assertThat(p.br() + p.errHi()).isCloseTo(1e-4, within(1e-12));
        assertThat(ANALYSES.byName("belle2-ita").at(2.0).cutAtBound()).isFalse();
    }

    @Test
    void combinationMatchesAGaussianCombinationOfItsParts() {
        MassPoint c = SCAN.scan(ANALYSES.byName("combined"), AROUND_2_GEV, ProgressListener.NONE).at(2.0);
        MassPoint belle = SCAN.scan(ANALYSES.byName("belle2-ita"), AROUND_2_GEV, ProgressListener.NONE).at(2.0);
        var babar = ANALYSES.babar().at(2.0);
        // independent derivation: Belle II's profile as a parabola (its best fit and mean 1 sigma) plus BaBar's
        // approximate term (above BaBar's best fit, so its sigma+ applies): inverse-variance weighted mean.
        // Belle II's profile is not exactly parabolic, hence 1e-7 (about 4 % of the error).
        double s1 = (belle.errLo() + belle.errHi()) / 2;
        double s2 = babar.sigmaPlus();
        double w1 = 1 / (s1 * s1);
        double w2 = 1 / (s2 * s2);
        double expected = (w1 * belle.br() + w2 * babar.best()) / (w1 + w2);
        assertThat(c.br()).isCloseTo(expected, within(1e-7));
        // q0 of the sum: Belle II's own q0 plus BaBar's -2dlnL(0), minus the sum's excess at its minimum
        double atMin = Math.pow((expected - belle.br()) / s1, 2) + babar.twiceDeltaNll(expected);
        double z = Math.sqrt(belle.q0() + babar.twiceDeltaNll(0) - atMin);
        assertThat(c.zLocal()).isCloseTo(z, within(0.05));
        assertThat(c.ul95()).isNaN();
    }

    @Test
    void smOnly() {
        BrFit f = BrFit.of(ANALYSES.paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).smOnly());
        // scipy fit (doc/recast.md, SQRT_YIELD rows): 2.801e-5
        assertThat(f.br()).isCloseTo(2.801e-5, within(0.005e-5));
    }
}
