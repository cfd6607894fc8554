package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics of a study from given scans, against hand calculations. */
class LeeStatisticsTest {

    @Test
    void globalPIsTheFractionAtOrAboveWithItsBinomialError() {
        GlobalSignificance g = GlobalSignificance.of(4.0, new double[] {1, 4, 9, 0.5, 3.9, 16, 0, 2});
        // 3 of 8 at or above 4 (ties count)
        assertThat(g.atOrAbove()).isEqualTo(3);
        assertThat(g.p()).isEqualTo(0.375);
        assertThat(g.pError()).isCloseTo(Math.sqrt(0.375 * 0.625 / 8), within(1e-15));
        // Φ⁻¹(1 − 0.375) = 0.318639, φ(0.318639) = 0.379195 (scipy.stats.norm.isf, .pdf); dZ/dp = 1/φ(Z)
        assertThat(g.z()).isCloseTo(0.318639, within(1e-6));
        assertThat(g.zError()).isCloseTo(g.pError() / 0.379195, within(1e-6));
    }

    @Test
    void noToyAboveGivesZeroWithTheZeroCountBound() {
        GlobalSignificance g = GlobalSignificance.of(25, new double[] {1, 2, 3, 4});
        assertThat(g.p()).isZero();
        assertThat(g.pError()).isCloseTo(-Math.log(0.32) / 4, within(1e-15));
        assertThat(g.z()).isInfinite();
        assertThat(g.zError()).isNaN();
    }

    @Test
    void grossVitellsCountsUpCrossingsAndExtrapolates() {
        // level c0 = 1: the first scan crosses twice (0.5 -> 2, 0 -> 1), the second once (starting above
        // does not count), the third never
        List<ToyScan> toys = List.of(
                new ToyScan(0, new double[] {0.5, 2, 0, 1, 0.2}, 6, false),
                new ToyScan(1, new double[] {3, 0.1, 4, 5, 0.3}, 6, false),
                new ToyScan(2, new double[] {0, 0.2, 0.9, 0.3, 0}, 6, false));
        GrossVitells gv = GrossVitells.of(1.0, toys, 9.0);
        assertThat(gv.meanUpCrossings()).isEqualTo(1.0);
        // sample standard deviation of (2, 1, 0) is 1
        assertThat(gv.meanUpCrossingsError()).isCloseTo(1 / Math.sqrt(3), within(1e-15));
        // Φ̄(3) + 1 · exp(−(9 − 1)/2); Φ̄(3) = 1.349898e-3 (scipy.stats.norm.sf)
        assertThat(gv.p()).isCloseTo(1.349898e-3 + Math.exp(-4), within(1e-9));
        assertThat(gv.pError()).isCloseTo(Math.exp(-4) / Math.sqrt(3), within(1e-15));
        assertThat(GrossVitells.of(1.0, toys, 0.5).p()).isNaN();
    }

    @Test
    void theMaxZTableCountsEveryToyOnce() {
        GrossVitells gv = GrossVitells.of(1.0, List.of(new ToyScan(0, new double[] {0, 2}, 3, false)), 4);
        MaxZDistribution d = MaxZDistribution.of(new double[] {0.05, 0.15, 0.15, 1.0, 2.0}, 1.5, gv, 0.1);
        assertThat(d.rows()).hasSize(21);
        assertThat(d.rows().stream().mapToInt(MaxZDistribution.Row::toys).sum()).isEqualTo(5);
        assertThat(d.rows().get(1).toys()).isEqualTo(2);
        assertThat(d.rows().get(10).pAtOrAbove()).isEqualTo(0.4);
        assertThat(d.rows().get(5).grossVitellsP()).isNaN();
        assertThat(d.csv()).startsWith(MaxZDistribution.CSV_HEADER + "\n0,0.1,1,0.2,1,");
    }

    @Test
    void aFailedScanHasNoMaximum() {
        ToyScan t = new ToyScan(3, new double[] {1, Double.NaN}, 4, true);
        assertThat(t.maxQ0()).isNaN();
        assertThat(t.argMax()).isEqualTo(-1);
    }
}
