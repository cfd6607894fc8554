package org.darkflav.physics.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.param.ParameterSet;
import org.junit.jupiter.api.Test;

class KinematicsTest {

    private static final ParameterSet PDG = ParameterSet.pdg2024();

    @Test
    void kallenFunctionKnownValues() {
        // λ(a,b,c) = (a − (√b+√c)²)(a − (√b−√c)²): with masses 5, 1, 2 → (25−9)(25−1) = 384
        assertThat(Kallen.lambda(25, 1, 4)).isEqualTo(384.0);
        assertThat(Kallen.lambda(9, 1, 4)).isEqualTo(0.0);
        assertThat(Kallen.dimensionless(5, 1, 2)).isCloseTo(384.0 / 625.0, within(1e-15));
    }

    @Test
    void twoBodyMomentumMatchesEnergyMomentumRelation() {
        // independent: E_K = (M² + m1² − m2²)/(2M), |p| = sqrt(E_K² − m1²)
        double m = 5.27941;
        double m1 = 0.493677;
        double m2 = 2.0;
        double e = (m * m + m1 * m1 - m2 * m2) / (2 * m);
        assertThat(Kallen.twoBodyMomentum(m, m1, m2)).isCloseTo(Math.sqrt(e * e - m1 * m1), within(1e-14));
        // at threshold lambda vanishes up to rounding of m − m1, so |p| ~ sqrt(1e-16) GeV
        assertThat(Kallen.twoBodyMomentum(m, m1, m - m1)).isCloseTo(0.0, within(1e-7));
        assertThat(Kallen.twoBodyMomentum(m, m1, m)).isEqualTo(0.0);
    }

    @Test
    void modesUseTheirOwnMassesAndLifetimes() {
        ModeKinematics charged = ModeKinematics.of(DecayMode.B_PLUS_KSTAR_PLUS, PDG);
        ModeKinematics neutral = ModeKinematics.of(DecayMode.B0_K0, PDG);
        // PDG 2024: B+ 5.27941, K*+ 0.89167, tau_B+ 1.638 ps; B0 5.27972, K0 0.497611, tau_B0 1.517 ps
        assertThat(charged.mB()).isEqualTo(5.27941);
        assertThat(charged.mK()).isEqualTo(0.89167);
        assertThat(charged.tauB()).isEqualTo(1.638e-12);
        assertThat(neutral.mB()).isEqualTo(5.27972);
        assertThat(neutral.mK()).isEqualTo(0.497611);
        assertThat(neutral.tauB()).isEqualTo(1.517e-12);
        assertThat(charged.br(1e-18)).isCloseTo(1e-18 * 1.638e-12 / 6.582119569e-25, within(1e-20));
        assertThat(charged.gamma(charged.br(3e-19))).isCloseTo(3e-19, within(1e-30));
    }

    @Test
    void badMassesAreRejectedWithTheLimit() {
        ModeKinematics k = ModeKinematics.of(DecayMode.B_PLUS_K_PLUS, PDG);
        assertThatThrownBy(() -> k.checkMass(-1, true)).isInstanceOf(PhysicsInputException.class).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> k.checkMass(4.9, true)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("kinematic limit").hasMessageContaining("4.785733");
        assertThatThrownBy(() -> k.checkMass(0, false)).isInstanceOf(PhysicsInputException.class);
        assertThatThrownBy(() -> DecayMode.fromLabel("B+pi+")).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("B+K*+");
        assertThat(DecayMode.fromLabel("b0k*0")).isEqualTo(DecayMode.B0_KSTAR0);
    }
}
