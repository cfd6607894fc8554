package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.recast.analysis.Belle2FullLikelihoodMethod;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class MassProfileTest {
    private static final RecastAnalyses ANALYSES = new RecastAnalyses(new AnalysisBundles());
    private static final Belle2FullLikelihoodMethod FULL = ANALYSES.fullLikelihood();

    @Test
    void refinedBestMassAgreesWithAFineGrid() {
        // the reproduce-like coarse grid (0.2 GeV) only brackets the maximum; the refinement must land within
        // 0.01 GeV of the best point of a 0.01 GeV grid scan of the same q0(m)
        MassProfile profile = new MassProfile(m -> BrModel.of(FULL.withX(m)));
        RefinedBestMass r = profile.refine(new MassGrid(1.4, 2.8, 0.2));
        MassProfile fine = new MassProfile(m -> BrModel.of(FULL.withX(m)));
        double bestFine = 0;
        double q0Fine = -1;
        for (double m : new MassGrid(1.95, 2.30, 0.01).masses()) {
            double q0 = fine.q0(m);
            if (q0 > q0Fine) {
                q0Fine = q0;
                bestFine = m;
            }
        }
        // exploration run of this code: fine grid best 2.11 GeV (q0 = 12.972), refined 2.1125 GeV
        assertThat(r.mass()).isCloseTo(bestFine, within(0.01));
        assertThat(r.point().q0()).isGreaterThanOrEqualTo(q0Fine - 1e-3);
        assertThat(r.point().zLocal()).isCloseTo(Math.sqrt(q0Fine), within(0.01));
        // the interval edges are where q0 has fallen by one
        assertThat(fine.q0(r.lower())).isCloseTo(r.point().q0() - 1, within(0.02));
        assertThat(fine.q0(r.upper())).isCloseTo(r.point().q0() - 1, within(0.02));
        assertThat(r.lower()).isLessThan(r.mass());
        assertThat(r.upper()).isGreaterThan(r.mass());
        assertThat(r.intervalCutAtRangeEnd()).isFalse();
    }

    @Test
    void intervalReachingTheGridEndIsFlagged() {
        // on 2.05-2.15 GeV q0 never falls by one (12.57 at 2.05, 12.63 at 2.15 vs 12.97 at 2.11): both edges cut
        RefinedBestMass r = new MassProfile(m -> BrModel.of(FULL.withX(m))).refine(new MassGrid(2.05, 2.15, 0.05));
        assertThat(r.lowerAtRangeEnd()).isTrue();
        assertThat(r.upperAtRangeEnd()).isTrue();
        assertThat(r.lower()).isEqualTo(2.05);
        assertThat(r.upper()).isEqualTo(2.15);
    }
}
