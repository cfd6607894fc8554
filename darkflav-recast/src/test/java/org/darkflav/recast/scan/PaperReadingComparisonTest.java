package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

/**
 * Every paper-method reading against the paper's digitised Belle II-only curve (Fig. 5 blue, via ALPaca) on
 * 0.5–2.9 GeV: which readings fall within 0.8–1.25 of it. The per-mass table is in doc/recast.md.
 */
class PaperReadingComparisonTest {
    private static final List<CurveComparison> RESULT = new PaperReadingComparison(
            new RecastAnalyses(new AnalysisBundles()), new MassScan(new LocalTaskRunner(2))).run(ProgressListener.NONE);

    @Test
    void onlyTheTwoNBBbarReadingFollowsThePapersCurve() {
        assertThat(RESULT).extracting(CurveComparison::analysis).containsExactly("belle2-ita-flat-bplus",
                "belle2-ita-excess", "belle2-ita-2nbb", "belle2-ita-belle2-eff", "belle2-ita-literal");
        for (CurveComparison c : RESULT) {
            assertThat(c.rows()).hasSize(25);
        }
        // flat 2 %, B+ count: the paper's shape times a factor 2.08-2.42 (ratio 2.164 at 2 GeV, scipy fit / curve)
        CurveComparison flat = byReading(PaperReading.FLAT_B_PLUS);
        assertThat(flat.withinCount()).isZero();
        assertThat(flat.ratioRange()[1] / flat.ratioRange()[0]).isLessThan(1.17);
        assertThat(flat.at(2.0).ratio()).isCloseTo(2.164, within(0.005));
        // 2 N_BBbar divides every ratio by 1.9213: 1.08-1.26, so 24 of 25 masses within 0.8-1.25 (2.9 GeV: 1.257)
        CurveComparison pairs = byReading(PaperReading.TWO_N_BBBAR);
        assertThat(pairs.withinCount()).isEqualTo(24);
        for (int i = 0; i < flat.rows().size(); i++) {
            assertThat(pairs.rows().get(i).ratio()).isCloseTo(flat.rows().get(i).ratio() / 1.9213, within(2e-3));
        }
        // Belle II's q2-dependent efficiency: right at 1.3-2.1 GeV only (9 of 25), 0.70-2.69 overall
        assertThat(byReading(PaperReading.BELLE2_EFFICIENCY).withinCount()).isEqualTo(9);
    }

    @Test
    void bandWidthsFollowThePaper() {
        // relative half-widths of the paper's band (digitised): 0.463 / 0.285 / 0.375 at 1 / 2 / 2.5 GeV
        CurveComparison flat = byReading(PaperReading.FLAT_B_PLUS);
        assertThat(flat.at(1.0).paperRelHalfWidth()).isCloseTo(0.463, within(0.002));
        assertThat(flat.at(1.0).relHalfWidth()).isCloseTo(0.463, within(0.03));
        assertThat(flat.at(2.0).relHalfWidth()).isCloseTo(0.285, within(0.03));
        assertThat(flat.at(2.5).relHalfWidth()).isCloseTo(0.375, within(0.03));
    }

    private static CurveComparison byReading(PaperReading r) {
        return RESULT.stream().filter(c -> c.analysis().equals(r.analysisName())).findFirst().orElseThrow();
    }
}
