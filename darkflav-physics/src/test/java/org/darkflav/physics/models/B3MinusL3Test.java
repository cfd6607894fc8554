package org.darkflav.physics.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.param.ParameterSet;
import org.junit.jupiter.api.Test;

/** Couplings and Z′ widths of the B3 − L3 model against hand derivations. */
class B3MinusL3Test {

    private static final B3MinusL3Constants CONSTANTS = B3MinusL3Constants.bundled(ParameterSet.pdg2024());
    private static final double M_TAU = 1.77693; // PDG 2024, 1776.93(9) MeV

    private static B3MinusL3Inputs point(double gX, double m, double thetaL, double thetaR) {
        return new B3MinusL3Inputs(gX, m, thetaL, thetaR, 3.0, false);
    }

    @Test
    void bsCouplingsFollowTheRotationOfTheThirdGenerationDownQuark() {
        // b' = cos θ b + sin θ s ⇒ (g_X/3) b̄'γb' ⊃ (g_X/3) sin θ cos θ (s̄γb + h.c.)
        Couplings c = B3MinusL3.bsCouplings(point(3e-7, 2, 0.3, -0.1));
        assertThat(c.gL()).isCloseTo(1e-7 * Math.sin(0.3) * Math.cos(0.3), within(1e-22));
        assertThat(c.gR()).isCloseTo(-1e-7 * Math.sin(0.1) * Math.cos(0.1), within(1e-22));
        // maximal mixing: sin θ cos θ = 1/2
        assertThat(B3MinusL3.bsCouplings(point(6e-7, 2, Math.PI / 4, Math.PI / 4)).gL()).isCloseTo(1e-7, within(1e-21));
        // θ_R = θ_L: pure vector; θ_R = −θ_L: pure axial
        assertThat(B3MinusL3.bsCouplings(point(1e-6, 2, 0.04, 0.04)).gA()).isZero();
        assertThat(B3MinusL3.bsCouplings(point(1e-6, 2, 0.04, -0.04)).gV()).isZero();
        // the default point: g_L = g_R = (5e-7/6) sin(0.08) = 6.6596e-9
        Couplings d = B3MinusL3.bsCouplings(B3MinusL3Inputs.defaults());
        assertThat(d.gL()).isCloseTo(5e-7 / 6 * Math.sin(0.08), within(1e-22)).isCloseTo(6.6596e-9, within(1e-13));
    }

    @Test
    void neutrinoWidthIsThatOfOneLeftHandedNeutrinoOfUnitCharge() {
        // Hand derivation, massless ν with L ⊃ g Z'_μ ν̄ γ^μ P_L ν: Σ_spins Tr[p̸1 γ^μ P_L p̸2 γ^ν P_L]
        // = 2(p1^μ p2^ν + p2^μ p1^ν − g^μν p1·p2) + (antisymmetric); contracted with −g_μν + q_μ q_ν/m² it gives
        // 4 p1·p2 = 2m² (the q q term vanishes). Average over 3 polarisations: (2/3) g² m²; with |p| = m/2,
        // Γ = |p|/(8π m²) · (2/3) g² m² = g² m/(24π).
        double g = 2e-7;
        double m = 2.0;
        B3MinusL3Widths w = B3MinusL3.widths(point(g, m, 0, 0), CONSTANTS);
        assertThat(w.nuTau()).isCloseTo(g * g * m / (24 * Math.PI), within(1e-15 * w.nuTau()));
        // no mixing: no strange coupling, below 2 m_τ: the Z' is invisible
        assertThat(w.strange()).isZero();
        assertThat(w.tauTau()).isZero();
        assertThat(w.invisibleFraction()).isEqualTo(1.0);
        // a light right-handed ν_τ (charge −1) doubles the invisible width
        B3MinusL3Widths withNuR = B3MinusL3.widths(new B3MinusL3Inputs(g, m, 0, 0, 3, true), CONSTANTS);
        assertThat(withNuR.rightNeutrino()).isEqualTo(w.nuTau());
        assertThat(withNuR.total()).isCloseTo(2 * w.total(), within(1e-15 * w.total()));
    }

    @Test
    void tauWidthIsTheVectorWidthToAChargedLeptonAboveThreshold() {
        double g = 1e-7;
        // threshold 2 m_τ = 3.55386 GeV
        assertThat(B3MinusL3.widths(point(g, 3.55, 0, 0), CONSTANTS).tauTau()).isZero();
        for (double m : new double[] {3.6, 4.0, 4.7}) {
            // textbook vector width: Γ = g² m/(12π) (1 + 2 m_τ²/m²) sqrt(1 − 4 m_τ²/m²)
            double x = M_TAU * M_TAU / (m * m);
            double expected = g * g * m / (12 * Math.PI) * (1 + 2 * x) * Math.sqrt(1 - 4 * x);
            B3MinusL3Widths w = B3MinusL3.widths(point(g, m, 0, 0), CONSTANTS);
            assertThat(w.tauTau()).isCloseTo(expected, within(1e-14 * expected));
            // only neutrinos are invisible
            assertThat(w.invisibleFraction()).isCloseTo(1 / (1 + 2 * (1 + 2 * x) * Math.sqrt(1 - 4 * x)), within(1e-14));
        }
    }

    @Test
    void chiralWidthReducesToTheTextbookAxialWidth() {
        // pure axial coupling a γ^μ γ5 (a_L = −a_R = −a): Γ = N_c m a²/(12π) (1 − 4x)^(3/2)
        double m = 3.0;
        double mf = 1.2;
        double a = 0.3;
        double x = mf * mf / (m * m);
        assertThat(B3MinusL3.chiralWidth(m, -a, a, mf, 3))
                .isCloseTo(3 * m * a * a / (12 * Math.PI) * Math.pow(1 - 4 * x, 1.5), within(1e-15));
        // and L ↔ R symmetric
        assertThat(B3MinusL3.chiralWidth(m, 0.1, 0.4, mf, 1)).isCloseTo(B3MinusL3.chiralWidth(m, 0.4, 0.1, mf, 1), within(1e-17));
    }

    @Test
    void strangeQuarksOpenAboveTheKaonPairThresholdAndScaleAsSinToTheFourth() {
        double g = 1e-7;
        double sL = Math.sin(0.5);
        double sR = Math.sin(0.2);
        // below 2 m_K+ = 0.987 GeV: closed
        assertThat(B3MinusL3.widths(point(g, 0.95, 0.5, 0.2), CONSTANTS).strange()).isZero();
        // N_c m/(24π) (a_L² + a_R²), a_χ = (g/3) sin²θ_χ: relative to ν_τ, (s_L⁴ + s_R⁴)/3
        B3MinusL3Widths w = B3MinusL3.widths(point(g, 2.0, 0.5, 0.2), CONSTANTS);
        assertThat(w.strange() / w.nuTau()).isCloseTo((Math.pow(sL, 4) + Math.pow(sR, 4)) / 3, within(1e-14));
    }

    @Test
    void properDecayLengthIsHbarCOverTheWidth() {
        B3MinusL3Widths w = B3MinusL3.widths(point(1e-8, 2.0, 0, 0), CONSTANTS);
        // ħ = 6.582119569e-25 GeV s (PDG), c = 299792458 m/s (exact)
        double expected = 6.582119569e-25 * 299792458 / (1e-16 * 2.0 / (24 * Math.PI));
        assertThat(B3MinusL3.properDecayLength(w, CONSTANTS)).isCloseTo(expected, within(1e-12 * expected));
        assertThat(expected).isCloseTo(74.4, within(0.1));
    }

    @Test
    void constantsCarryTheirSources() {
        assertThat(CONSTANTS.tauMass().value()).isEqualTo(M_TAU);
        assertThat(CONSTANTS.tauMass().source()).contains("Particle Data Group");
        assertThat(CONSTANTS.speedOfLight().value()).isEqualTo(299792458.0);
        assertThat(CONSTANTS.kaonMass().name()).isEqualTo("m_K+");
    }

    @Test
    void badInputsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> point(0, 2, 0.1, 0.1)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("g_X must be a positive");
        assertThatThrownBy(() -> point(Double.NaN, 2, 0.1, 0.1)).isInstanceOf(PhysicsInputException.class);
        assertThatThrownBy(() -> point(1e-7, -2, 0.1, 0.1)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("Z' mass must be a positive");
        assertThatThrownBy(() -> point(1e-7, 2, 1.6, 0.1)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("theta_L must be in [-pi/2, pi/2]");
        assertThatThrownBy(() -> point(1e-7, 2, 0.1, Double.NaN)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("theta_R");
        assertThatThrownBy(() -> new B3MinusL3Inputs(1e-7, 2, 0.1, 0.1, 0, false)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("detector length");
    }
}
