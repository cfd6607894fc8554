package org.darkflav.physics.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LabFrameDecayTest {
    private static final CollisionBoost BELLE2 = CollisionBoost.superKekb();

    @Test
    void superKekbBoost() {
        // 7 GeV e- on 4 GeV e+ (bundled, Belle II TDR): sqrt(s) = 2 sqrt(28) = 10.5830 GeV,
        // beta gamma = 3 / sqrt(112) = 0.283473, gamma = 11 / sqrt(112) = 1.039402
        assertThat(BELLE2.sqrtS()).isCloseTo(10.583005, within(1e-6));
        assertThat(BELLE2.betaGamma()).isCloseTo(0.283473, within(1e-6));
        assertThat(BELLE2.gamma()).isCloseTo(1.039402, within(1e-6));
        assertThat(BELLE2.gamma() * BELLE2.gamma() - BELLE2.betaGamma() * BELLE2.betaGamma()).isCloseTo(1, within(1e-12));
    }

    @Test
    void atRestInTheCentreOfMassItMovesWithTheBoost() {
        LabFrameDecay d = LabFrameDecay.of(BELLE2, 2.0, 0, 1.0, 3.0);
        assertThat(d.meanBetaGamma()).isCloseTo(BELLE2.betaGamma(), within(1e-12));
        assertThat(d.minDecayLength()).isCloseTo(d.maxDecayLength(), within(1e-12));
        assertThat(d.escapeProbability()).isCloseTo(Math.exp(-3.0 / BELLE2.betaGamma()), within(1e-12));
    }

    @Test
    void symmetricBeamsLeaveTheRestFrameDecayLength() {
        LabFrameDecay d = LabFrameDecay.of(new CollisionBoost(5.29, 5.29, "test"), 2.0, 1.5, 2.0, 3.0);
        assertThat(d.meanBetaGamma()).isCloseTo(0.75, within(1e-12));
        assertThat(d.meanDecayLength()).isCloseTo(1.5, within(1e-12));
        assertThat(d.escapeProbability()).isCloseTo(Math.exp(-2.0), within(1e-12));
    }

    @Test
    void directionAverageEqualsABruteForceSum() {
        // slow oracle: midpoint rule on 200 000 cos(theta*) bins of the boosted |p|/m and exp(-L/(beta gamma c tau))
        double m = 2.0;
        double p = 1.64;
        double ctau = 5.0;
        double e = Math.hypot(m, p);
        int n = 200_000;
        double sumBg = 0;
        double sumEsc = 0;
        for (int i = 0; i < n; i++) {
            double c = -1 + (i + 0.5) * 2.0 / n;
            double pz = BELLE2.gamma() * p * c + BELLE2.betaGamma() * e;
            double bg = Math.hypot(pz, p * Math.sqrt(1 - c * c)) / m;
            sumBg += bg / n;
            sumEsc += Math.exp(-3.0 / (bg * ctau)) / n;
        }
        LabFrameDecay d = LabFrameDecay.of(BELLE2, m, p, ctau, 3.0);
        assertThat(d.meanBetaGamma()).isCloseTo(sumBg, within(1e-8));
        assertThat(d.escapeProbability()).isCloseTo(sumEsc, within(1e-8));
        // along the boost: gamma p + beta gamma E; against it: |gamma p - beta gamma E|
        assertThat(d.maxDecayLength()).isCloseTo((BELLE2.gamma() * p + BELLE2.betaGamma() * e) / m * ctau, within(1e-12));
        assertThat(d.minDecayLength()).isCloseTo((BELLE2.gamma() * p - BELLE2.betaGamma() * e) / m * ctau, within(1e-12));
    }
}
