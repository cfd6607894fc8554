package org.darkflav.recast.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.DensityRegion;
import org.darkflav.recast.data.NumberDensity;
import org.darkflav.recast.data.SmReferenceSpectrum;
import org.junit.jupiter.api.Test;

class NumberDensityFoldingTest {
    private final AnalysisBundles bundles = new AnalysisBundles();
    private final SmReferenceSpectrum sm = bundles.smReference();
    private final NumberDensity regA = bundles.numberDensity(DensityRegion.ITA_A);
    private final NumberDensityFolding a = new NumberDensityFolding(regA, sm);
    private final NumberDensityFolding b = new NumberDensityFolding(bundles.numberDensity(DensityRegion.ITA_B), sm);

    @Test
    void atAColumnCentreItIsTheReadmeFormula() {
        // derived README: yields = b * n[i][j*] / br_sm_reference_in_bin[j*]
        for (int j : new int[] {5, 18, 40, 77}) {
            double mass = Math.sqrt(sm.q2gen().centre(j));
            double[] y = a.yieldsPerUnitBr(mass);
            for (int i = 0; i < 9; i++) {
                assertThat(y[i]).as("column %d row %d", j, i)
                        .isCloseTo(regA.count(i, j) / sm.brInBin(j), within(1e-9 * (1 + Math.abs(y[i]))));
            }
        }
    }

    @Test
    void readmeExampleGivesAbout586ItaEvents() {
        // derived README: "b = 1e-5 at m_X = 2 GeV gives about 586 ITA events in total"; our numpy check with the
        // same interpolation gives 586.022 (column 18 value alone: 586.129)
        double total = 1e-5 * (Arrays.stream(a.yieldsPerUnitBr(2.0)).sum() + Arrays.stream(b.yieldsPerUnitBr(2.0)).sum());
        assertThat(total).isCloseTo(586.022, within(0.01));
    }

    @Test
    void continuousInMassAcrossColumnEdgesAndCentres() {
        // a step in j would jump at each column edge; the interpolation must not
        double eps = 1e-11;
        for (int j = 2; j < 100; j += 7) {
            for (double q2 : new double[] {sm.q2gen().lo(j), sm.q2gen().centre(j)}) {
                double[] below = a.yieldsPerUnitBr(Math.sqrt(q2 - eps));
                double[] above = a.yieldsPerUnitBr(Math.sqrt(q2 + eps));
                // scale: the largest ratio (~1e8 events per unit Br); a step would jump by ~1e5-1e6 here
                double scale = Arrays.stream(below).max().orElseThrow();
                for (int i = 0; i < 9; i++) {
                    assertThat(above[i]).isCloseTo(below[i], within(1e-9 * scale));
                }
            }
        }
        // half-way between two centres: the mean of the two column ratios
        double mid = sm.q2gen().hi(30);
        double[] y = a.yieldsPerUnitBr(Math.sqrt(mid));
        double expect = 0.5 * (regA.count(4, 30) / sm.brInBin(30) + regA.count(4, 31) / sm.brInBin(31));
        assertThat(y[4]).isCloseTo(expect, within(1e-6 * expect));
    }

    @Test
    void edgesAreHeldAndTheKinematicLimitEnforced() {
        double[] zero = a.yieldsPerUnitBr(0.0);
        for (int i = 0; i < 9; i++) {
            assertThat(zero[i]).isEqualTo(regA.count(i, 1) / sm.brInBin(1));
        }
        // (m_B - m_K)^2 = 22.885 GeV^2 is the last edge of the columns
        assertThat(a.maxMassGeV()).isCloseTo(Math.sqrt(22.885), within(1e-12));
        assertThatThrownBy(() -> a.yieldsPerUnitBr(4.8)).hasMessageContaining("kinematic range");
    }
}
