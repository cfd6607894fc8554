package org.darkflav.physics.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.B3MinusL3Inputs;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.junit.jupiter.api.Test;

/** B → K(*) Z′ in the B3 − L3 model: consistency with the rate classes and independent kinematics. */
class B3MinusL3PredictionsTest {

    private static final PhysicsInputs INPUTS = PhysicsInputs.defaults();
    private static final B3MinusL3Predictions MODEL = B3MinusL3Predictions.defaults();
    private static final double HBAR = 6.582119569e-25; // GeV s, PDG
    private static final double C = 299792458; // m/s, exact

    @Test
    void branchingRatiosAreThoseOfTheDimensionFourZPrimeWithTheMappedCouplings() {
        B3MinusL3Inputs in = new B3MinusL3Inputs(4e-7, 2.0, 0.05, 0.03, 3, false);
        B3MinusL3Point p = MODEL.evaluate(in);
        Couplings c = new Couplings(4e-7 / 3 * Math.sin(0.05) * Math.cos(0.05), 4e-7 / 3 * Math.sin(0.03) * Math.cos(0.03));
        assertThat(p.couplings().gL()).isCloseTo(c.gL(), within(1e-22));
        assertThat(p.couplings().gR()).isCloseTo(c.gR(), within(1e-22));
        assertThat(p.channels()).extracting(B3MinusL3Channel::mode).containsExactly(DecayMode.values());
        for (DecayMode mode : DecayMode.values()) {
            double expected = INPUTS.process(mode).br(2.0, new ZPrime(ZPrimeOperator.DIM4, c));
            assertThat(p.channel(mode).br()).isCloseTo(expected, within(1e-13 * expected));
        }
    }

    @Test
    void decayLengthUsesTheTwoBodyMomentumInTheBRestFrame() {
        double m = 2.0;
        double g = 1e-8;
        B3MinusL3Point p = MODEL.evaluate(new B3MinusL3Inputs(g, m, 0.02, 0.02, 3, false));
        // independent kinematics: E = (m_B² + m² − m_K²)/(2 m_B), p = sqrt(E² − m²), βγ = p/m (PDG 2024 masses)
        double mB = 5.27941;
        double mK = 0.493677;
        double e = (mB * mB + m * m - mK * mK) / (2 * mB);
        double momentum = Math.sqrt(e * e - m * m);
        // width: ν_τ plus the tiny strange part (s⁴_L + s⁴_R)/3 relative (see B3MinusL3Test)
        double s4 = Math.pow(Math.sin(0.02), 4);
        double width = g * g * m / (24 * Math.PI) * (1 + 2 * s4 / 3);
        double length = momentum / m * HBAR * C / width;
        B3MinusL3Channel k = p.channel(DecayMode.B_PLUS_K_PLUS);
        assertThat(k.momentum()).isCloseTo(momentum, within(1e-12));
        assertThat(k.decayLength()).isCloseTo(length, within(1e-10 * length));
        assertThat(p.widths().total()).isCloseTo(width, within(1e-14 * width));
        assertThat(k.escapeProbability()).isCloseTo(Math.exp(-3 / length), within(1e-14));
        // below 2 m_τ nearly all decays are invisible: Br seen as missing energy ≈ Br
        assertThat(k.missingEnergyFraction()).isCloseTo(1.0, within(1e-6));
        // in the lab the B-frame momentum is boosted with Belle II's beta gamma = 0.2835 and averaged over directions
        var boost = org.darkflav.physics.kinematics.CollisionBoost.superKekb();
        var lab = org.darkflav.physics.kinematics.LabFrameDecay.of(boost, m, momentum, HBAR * C / width, 3);
        assertThat(k.lab().meanDecayLength()).isCloseTo(lab.meanDecayLength(), within(1e-10 * length));
        // along the boost (gamma p + beta gamma E)/m, against it (gamma p - beta gamma E)/m, times c tau
        assertThat(k.lab().maxDecayLength() / length).isCloseTo((boost.gamma() * momentum + boost.betaGamma() * e) / momentum,
                within(1e-10));
        assertThat(k.lab().meanDecayLength()).isGreaterThan(length);
    }

    @Test
    void aboveTheTauThresholdOnlyEscapingVisibleDecaysCountAsMissingEnergy() {
        B3MinusL3Point p = MODEL.evaluate(new B3MinusL3Inputs(1.5e-8, 4.0, 0.01, 0.01, 1.5, false));
        assertThat(p.isOpen(DecayMode.B_PLUS_K_PLUS)).isTrue();
        // 4 GeV < m_B0 − m_K*0 = 4.384 GeV: the K* channels are open too
        assertThat(p.isOpen(DecayMode.B0_KSTAR0)).isTrue();
        double inv = p.widths().invisibleFraction();
        assertThat(inv).isBetween(0.2, 0.5);
        B3MinusL3Channel k = p.channel(DecayMode.B_PLUS_K_PLUS);
        // g_X = 1.5e-8 puts the decay length at metres, so the escape probability is neither 0 nor 1
        assertThat(k.decayLength()).isBetween(0.5, 10.0);
        double escape = Math.exp(-1.5 / k.decayLength());
        assertThat(k.escapeProbability()).isCloseTo(escape, within(1e-14));
        assertThat(k.missingEnergyFraction()).isCloseTo(inv + (1 - inv) * escape, within(1e-14));
        assertThat(k.brMissingEnergy()).isCloseTo(k.br() * k.missingEnergyFraction(), within(1e-14 * k.br()));
        // a longer detector lets fewer visible decays escape
        B3MinusL3Point bigger = MODEL.evaluate(new B3MinusL3Inputs(1.5e-8, 4.0, 0.01, 0.01, 15, false));
        assertThat(bigger.channel(DecayMode.B_PLUS_K_PLUS).escapeProbability()).isLessThan(k.escapeProbability());
    }

    @Test
    void theDefaultPointIsVectorLikeWithBrOfOrderTenToTheMinusFive() {
        B3MinusL3Point p = MODEL.evaluate(B3MinusL3Inputs.defaults());
        assertThat(p.couplings().gA()).isZero();
        // the documented design property of the defaults (B3MinusL3Inputs): Br(B+ → K+ Z') of order 1e-5
        assertThat(p.channel(DecayMode.B_PLUS_K_PLUS).br()).isBetween(5e-6, 2e-5);
        // pure vector: Br(K*)/Br(K) = 0.245 at 2 GeV (ratio of the unit-coupling rates of the rate classes)
        double ratio = INPUTS.process(DecayMode.B0_KSTAR0).br(2, new ZPrime(ZPrimeOperator.DIM4, new Couplings(1, 1)))
                / INPUTS.process(DecayMode.B_PLUS_K_PLUS).br(2, new ZPrime(ZPrimeOperator.DIM4, new Couplings(1, 1)));
        assertThat(p.channel(DecayMode.B0_KSTAR0).br() / p.channel(DecayMode.B_PLUS_K_PLUS).br()).isCloseTo(ratio, within(1e-12));
    }

    @Test
    void closedChannelsAreLeftOutAndImpossibleMassesRejected() {
        // m_B0 − m_K*0 = 4.384 GeV < 4.5 GeV < m_B+ − m_K+ = 4.786 GeV
        B3MinusL3Point p = MODEL.evaluate(new B3MinusL3Inputs(1e-7, 4.5, 0.1, 0.1, 3, false));
        assertThat(p.channels()).extracting(B3MinusL3Channel::mode).containsExactly(DecayMode.B_PLUS_K_PLUS, DecayMode.B0_K0);
        assertThatThrownBy(() -> p.channel(DecayMode.B0_KSTAR0)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> MODEL.evaluate(new B3MinusL3Inputs(1e-7, 4.8, 0.1, 0.1, 3, false)))
                .isInstanceOf(PhysicsInputException.class).hasMessageContaining("kinematic limit");
    }
}
