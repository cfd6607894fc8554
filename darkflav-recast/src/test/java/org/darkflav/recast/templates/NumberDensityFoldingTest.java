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

    @Test
    void aResonanceOfVanishingWidthIsTheLine() {
        for (double m : new double[] {0.7, 2.0, 2.05, 3.9}) {
            double[] line = a.yieldsPerUnitBr(m);
            double[] narrow = a.yieldsPerUnitBr(m, 1e-8);
            double scale = Arrays.stream(line).max().orElseThrow();
            for (int i = 0; i < line.length; i++) {
                assertThat(narrow[i]).as("m = %s, row %d", m, i).isCloseTo(line[i], within(1e-6 * scale));
            }
        }
        assertThat(a.yieldsPerUnitBr(2.0, 0)).containsExactly(a.yieldsPerUnitBr(2.0));
    }

    @Test
    void resonanceFoldingEqualsABruteForceIntegral() {
        // slow oracle: midpoint rule on 400 000 steps of the truncated, renormalised Breit-Wigner times the line
        // folding r_i(q2) = yieldsPerUnitBr(sqrt(q2)) over [0, (m_B - m_K)^2]
        for (double[] mw : new double[][] {{2.0, 0.1}, {2.0, 0.5}, {1.2, 0.5}, {4.5, 0.1}}) {
            double[] fast = a.yieldsPerUnitBr(mw[0], mw[1]);
            double[] slow = bruteForce(mw[0], mw[1]);
            double scale = Arrays.stream(slow).max().orElseThrow();
            for (int i = 0; i < fast.length; i++) {
                assertThat(fast[i]).as("m = %s, width %s, row %d", mw[0], mw[1], i)
                        .isCloseTo(slow[i], within(2e-6 * scale));
            }
        }
    }

    @Test
    void aResonanceNeedsAPositiveMassAndWidth() {
        assertThatThrownBy(() -> a.yieldsPerUnitBr(0.0, 0.1)).hasMessageContaining("m_X in (0");
        assertThatThrownBy(() -> a.yieldsPerUnitBr(2.0, -0.1)).hasMessageContaining(">= 0 GeV");
    }

    private double[] bruteForce(double m, double width) {
        int n = 400_000;
        double q2Max = a.q2Max();
        double h = q2Max / n;
        double gamma = m * width;
        double[] sum = new double[a.recoBins()];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            double t = (k + 0.5) * h;
            double w = 1 / ((t - m * m) * (t - m * m) + gamma * gamma);
            double[] r = a.yieldsPerUnitBr(Math.sqrt(t));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += w * r[i];
            }
            norm += w;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= norm;
        }
        return sum;
    }
}
