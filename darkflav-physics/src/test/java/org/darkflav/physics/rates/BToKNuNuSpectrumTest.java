package org.darkflav.physics.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BToKNuNuSpectrumTest {

    private static final BToKNuNuSpectrum SM = BToKNuNuSpectrum.standardModel(PhysicsInputs.defaults());

    @Test
    void normalisedToTheHpqcdTotalQuotedInThePaper() {
        // paper Sec. II: Br(B+ -> K+ nu nubar)_SM = (4.97 +- 0.37) x 10^-6 (HPQCD, PRD 107, 014511)
        assertThat(SM.total()).isEqualTo(4.97e-6);
        assertThat(SM.integrated(0, SM.q2Max())).isCloseTo(4.97e-6, within(1e-18));
        // q2_max = (m_B+ − m_K+)², PDG 2024
        assertThat(SM.q2Max()).isCloseTo(Math.pow(5.27941 - 0.493677, 2), within(1e-12));
    }

    @Test
    void matchesAnIndependentScipyEvaluation() {
        // independent evaluation (Python, scipy.integrate.quad at rel. 1e-13, HPQCD f_+ from the data file,
        // PDG masses): dBr/dq2(0) = 2.944097566622555e-7, dBr/dq2(4) = 2.9029898438441094e-7 GeV^-2,
        // Br[0,4] = 1.1718717782312267e-6, Br[10,15] = 1.203427412087114e-6
        assertThat(SM.differential(0.0) / 2.944097566622555e-7).isCloseTo(1.0, within(1e-10));
        assertThat(SM.differential(4.0) / 2.9029898438441094e-7).isCloseTo(1.0, within(1e-10));
        assertThat(SM.integrated(0, 4) / 1.1718717782312267e-6).isCloseTo(1.0, within(1e-10));
        assertThat(SM.integrated(10, 15) / 1.203427412087114e-6).isCloseTo(1.0, within(1e-10));
    }

    @Test
    void binsAddUpAndTheSpectrumVanishesAtTheEndpoint() {
        double sum = 0;
        for (double lo = 0; lo < 24; lo += 2) {
            sum += SM.integrated(lo, lo + 2);
        }
        assertThat(sum / SM.total()).isCloseTo(1.0, within(1e-12));
        // lambda(q2_max) vanishes up to rounding
        assertThat(SM.differential(SM.q2Max())).isLessThan(1e-15 * SM.differential(0));
        assertThat(SM.differential(-1.0)).isEqualTo(0.0);
        assertThat(SM.integrated(30, 40)).isEqualTo(0.0);
    }
}
