package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.analysis.BrLikelihood;
import org.darkflav.recast.couplings.ProfileCurve;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class CombinationLadderTest {
    private static final RecastAnalyses ANALYSES = new RecastAnalyses(new AnalysisBundles());

    @Test
    void jointFitEqualsBelle2ProfilePlusTheExternalTerms() {
        // independent route at 2 GeV: Belle II's full-likelihood profile in Br (fixed-Br fits, spline) plus BaBar's
        // and Belle 2017's -2 dlnL, minimised on a fine Br grid; the joint fit profiles the nuisances on the sum.
        // Both are exact because the external terms depend on Br only.
        ProfileCurve belle2 = ProfileCurve.of(BrModel.of(ANALYSES.fullLikelihood().withX(2.0)));
        BrLikelihood babar = ANALYSES.babar().at(2.0);
        BrLikelihood belle = ANALYSES.belle2017Kaon();
        double bestBr = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (double br = 0; br < 2e-5; br += 1e-9) {
            double v = belle2.value(br) + babar.twiceDeltaNll(br) + belle.twiceDeltaNll(br);
            if (v < bestValue) {
                bestValue = v;
                bestBr = br;
            }
        }
        MassPoint joint = ANALYSES.byName("combined-full-belle").at(2.0);
        assertThat(joint.br()).isCloseTo(bestBr, within(0.02e-6));
        double atZero = belle2.value(0) + babar.twiceDeltaNll(0) + belle.twiceDeltaNll(0);
        assertThat(joint.q0()).isCloseTo(atZero - bestValue, within(0.02));
    }

    @Test
    void eachInputMovesTheResultAsItsOwnDataSay() {
        // Belle II alone refined once (as FullLikelihoodStudy does) and reused by the ladder
        RefinedBestMass belle2 = new MassProfile(m -> BrModel.of(ANALYSES.fullLikelihood().withX(m)))
                .refine(CombinationLadder.GRID);
        CombinationLadder ladder = new CombinationLadder(ANALYSES, new LocalTaskRunner(2));
        List<CombinationStep> steps = ladder.run(belle2, ProgressListener.NONE);
        assertThat(steps.get(0).best()).isSameAs(belle2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ladder.run(
                new MassProfile(m -> BrModel.of(ANALYSES.fullLikelihood().withX(m))).refine(new MassGrid(1.9, 2.3, 0.1)),
                ProgressListener.NONE)).hasMessageContaining("ladder's grid");
        assertThat(steps).extracting(CombinationStep::name).containsExactly("belle2-full", "combined-full",
                "combined-full-belle");
        assertThat(steps.get(0).approximate()).isFalse();
        CombinationStep alone = steps.get(0);
        CombinationStep babar = steps.get(1);
        CombinationStep belle = steps.get(2);
        // BaBar's digitised best fit at 2 GeV is 0.76e-6 (no excess): it lowers Br and Z
        assertThat(babar.atTwoGeV().br()).isLessThan(alone.atTwoGeV().br());
        assertThat(babar.atTwoGeV().zLocal()).isLessThan(alone.atTwoGeV().zLocal());
        // Belle 2017's B+ -> K+ count has an excess (17.7 events, best Br ~1.1e-5 with a flat efficiency): it raises both
        assertThat(belle.atTwoGeV().br()).isGreaterThan(babar.atTwoGeV().br());
        assertThat(belle.atTwoGeV().zLocal()).isGreaterThan(babar.atTwoGeV().zLocal());
        // the refined best mass of Belle II alone is the MassProfileTest one (2.11 GeV on a 0.01 grid)
        assertThat(alone.best().mass()).isCloseTo(2.11, within(0.01));
        for (CombinationStep s : steps) {
            assertThat(s.best().point().converged()).as(s.name()).isTrue();
        }
    }
}
