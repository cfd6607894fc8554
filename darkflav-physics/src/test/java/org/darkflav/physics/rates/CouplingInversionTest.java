package org.darkflav.physics.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.formfactors.Uncertain;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.Direction;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.junit.jupiter.api.Test;

class CouplingInversionTest {

    private static final PhysicsInputs INPUTS = PhysicsInputs.defaults();

    @Test
    void couplingRoundTripsForEveryOperatorDirectionAndMode() {
        for (DecayMode mode : DecayMode.values()) {
            BToKX p = INPUTS.process(mode);
            for (ZPrimeOperator op : ZPrimeOperator.values()) {
                for (Direction d : Direction.values()) {
                    if (d == Direction.AXIAL && !mode.vectorMeson()) {
                        continue;
                    }
                    Couplings c = CouplingInversion.zPrimeCouplings(p, 1.7, op, d, 3.3e-6);
                    assertThat(p.br(1.7, new ZPrime(op, c)) / 3.3e-6).isCloseTo(1.0, within(1e-13));
                }
            }
            double f = CouplingInversion.alpDecayConstant(p, 1.7, 3.3e-6);
            Alp alp = mode.vectorMeson() ? new Alp(0, 2, f) : new Alp(2, 0, f);
            assertThat(p.br(1.7, alp) / 3.3e-6).isCloseTo(1.0, within(1e-13));
        }
    }

    @Test
    void intervalsMapMonotonically() {
        BToKX k = INPUTS.process(DecayMode.B_PLUS_K_PLUS);
        Interval br = Interval.of(5.1e-6, 2.1e-6, 2.1e-6);
        Interval g = CouplingInversion.zPrimeCoupling(k, 2.0, ZPrimeOperator.DIM4, Direction.LEFT, br);
        // g ∝ sqrt(Br)
        assertThat(g.low() / g.central()).isCloseTo(Math.sqrt(3.0 / 5.1), within(1e-13));
        assertThat(g.high() / g.central()).isCloseTo(Math.sqrt(7.2 / 5.1), within(1e-13));
        Interval f = CouplingInversion.alpDecayConstant(k, 2.0, br);
        // F ∝ 1/sqrt(Br): the upper Br end gives the lower F end
        assertThat(f.low() / f.central()).isCloseTo(Math.sqrt(5.1 / 7.2), within(1e-13));
        assertThat(f.high() / f.central()).isCloseTo(Math.sqrt(5.1 / 3.0), within(1e-13));
        Interval open = CouplingInversion.alpDecayConstant(k, 2.0, Interval.of(1e-6, 2e-6, 1e-6));
        assertThat(open.high()).isInfinite();
    }

    @Test
    void impossibleRequestsAreExplained() {
        BToKX k = INPUTS.process(DecayMode.B_PLUS_K_PLUS);
        assertThatThrownBy(() -> CouplingInversion.zPrimeCoupling(k, 2.0, ZPrimeOperator.DIM4, Direction.AXIAL, 1e-6))
                .isInstanceOf(PhysicsInputException.class).hasMessageContaining("does not depend on g_A");
        assertThatThrownBy(() -> CouplingInversion.alpDecayConstant(k, 2.0, -1e-6))
                .isInstanceOf(PhysicsInputException.class).hasMessageContaining("positive");
    }

    @Test
    void sampledBrUncertaintyMatchesLinearFormFactorError() {
        // Br ∝ f_+² for dim 4 in B -> K, so sigma(Br)/Br ≈ 2 sigma(f_+)/f_+ to first order
        BToKX k = INPUTS.process(DecayMode.B_PLUS_K_PLUS);
        ZPrime z = new ZPrime(ZPrimeOperator.DIM4, new Couplings(1e-8, 0));
        Uncertain br = BrUncertainty.sampled(k, 2.0, z, 20000, 3L);
        double rel = INPUTS.bToK().linearUncertainty(org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_PLUS, 4.0).relative();
        assertThat(br.relative() / (2 * rel)).isCloseTo(1.0, within(0.04));
        assertThat(br.value()).isEqualTo(k.br(2.0, z));
    }
}
