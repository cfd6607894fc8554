package org.darkflav.physics.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.junit.jupiter.api.Test;

/**
 * Statements of Sec. III of PRD 109, 075008, checked with the corrected formulas at m_X = 2 GeV and
 * Br(B → K X) = 5.1e-6 (Eq. 1 of the paper). Numbers are reported in doc/physics.md.
 */
class PaperStatementsTest {

    private static final PhysicsInputs INPUTS = PhysicsInputs.defaults();
    private static final BToKX K = INPUTS.process(DecayMode.B_PLUS_K_PLUS);
    private static final BToKX KSTAR = INPUTS.process(DecayMode.B_PLUS_KSTAR_PLUS);
    private static final double M = 2.0;
    private static final double BR = 5.1e-6;

    /** Br(B → K* X) / Br(B → K X) along a direction in the (g_L, g_R) plane. */
    private static double ratio(ZPrimeOperator op, Couplings direction) {
        return KSTAR.br(M, new ZPrime(op, direction)) / K.br(M, new ZPrime(op, direction));
    }

    @Test
    void couplingsAreOfOrderTenToTheMinusEight() {
        // paper: "The size of the Z' couplings is very small, at the order of 10^-8" (dim 4)
        double gLeft = CouplingInversion.zPrimeCoupling(K, M, ZPrimeOperator.DIM4, org.darkflav.physics.models.Direction.LEFT, BR);
        double gVector = CouplingInversion.zPrimeCoupling(K, M, ZPrimeOperator.DIM4, org.darkflav.physics.models.Direction.VECTOR, BR);
        assertThat(gLeft).isBetween(3e-9, 3e-8);
        assertThat(gVector).isBetween(3e-9, 3e-8);
        // pure L needs g_V = g_L, vector needs g_V = 2g: same g_V
        assertThat(gLeft / gVector).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void pureChiralCouplingsProduceFarMoreKStarThanVectorCouplings() {
        double left = ratio(ZPrimeOperator.DIM4, new Couplings(1, 0));
        double right = ratio(ZPrimeOperator.DIM4, new Couplings(0, 1));
        double vector = ratio(ZPrimeOperator.DIM4, new Couplings(1, 1));
        assertThat(right).isCloseTo(left, within(1e-12 * left));
        // measured: left/right 1.71, vector 0.245 (B+ channels, BSZ combined and HPQCD central values)
        assertThat(left).isBetween(1.5, 2.0);
        assertThat(vector).isBetween(0.2, 0.3);
        assertThat(left / vector).isGreaterThan(5);
        // dimension 6 has the same ratios (dimension 4 in disguise)
        assertThat(ratio(ZPrimeOperator.DIM6, new Couplings(1, 0))).isCloseTo(left, within(1e-12));
    }

    @Test
    void dipolesGiveEvenLargerKStarRates() {
        double dipoleLeft = ratio(ZPrimeOperator.DIM5, new Couplings(1, 0));
        double dipoleVector = ratio(ZPrimeOperator.DIM5, new Couplings(1, 1));
        double left = ratio(ZPrimeOperator.DIM4, new Couplings(1, 0));
        // measured: 29.3 (pure chiral dipole) and 13.6 (vector dipole): more than a factor 10 above dim 4
        assertThat(dipoleLeft / left).isGreaterThan(10);
        assertThat(dipoleVector / left).isGreaterThan(5);
    }

    @Test
    void nearVectorCouplingsMinimiseKStar() {
        // scan the direction on the unit circle in (g_L, g_R): the K*/K ratio is smallest at g_L = g_R
        double best = Double.POSITIVE_INFINITY;
        double bestAngle = Double.NaN;
        for (int i = 0; i < 360; i++) {
            double a = Math.toRadians(i + 0.5);
            Couplings c = new Couplings(Math.cos(a), Math.sin(a));
            if (Math.abs(c.gV()) < 1e-3) {
                continue;
            }
            double r = ratio(ZPrimeOperator.DIM4, c);
            if (r < best) {
                best = r;
                bestAngle = (i + 0.5) % 180;
            }
        }
        assertThat(bestAngle).isCloseTo(45.0, within(1.0));
        // Br(B -> K* X) predicted for vector couplings at Br(K) = 5.1e-6 stays far below the BaBar
        // B -> K* X 1-sigma upper edge of about 2.7e-5 at 2 GeV (paper Fig. 1 right, ALPaca digitisation)
        assertThat(best * BR).isLessThan(2e-6);
    }

    @Test
    void alpDecayConstantFromEq15() {
        // Eq. (15) with HPQCD f_0(4 GeV^2) and PDG B+ inputs; independent Python evaluation of the same
        // formula: F_V = 4.007479e8 GeV for Br = 5.1e-6, 3.372796e8 for 7.2e-6, 5.225113e8 for 3.0e-6
        Interval f = CouplingInversion.alpDecayConstant(K, M, Interval.of(BR, 2.1e-6, 2.1e-6));
        assertThat(f.central() / 4.007479e8).isCloseTo(1.0, within(1e-6));
        assertThat(f.low() / 3.372796e8).isCloseTo(1.0, within(1e-6));
        assertThat(f.high() / 5.225113e8).isCloseTo(1.0, within(1e-6));
        // the paper quotes 3.1 (+1.0 -0.5) e8 GeV: the relative errors agree (they only reflect sqrt(Br)),
        // the central value does not (ratio 1.29; see doc/physics.md). Pinned so a change is noticed.
        assertThat(f.plus() / f.central()).isCloseTo(1.0 / 3.1, within(0.02));
        assertThat(f.minus() / f.central()).isCloseTo(0.5 / 3.1, within(0.01));
        assertThat(f.central() / 3.1e8).isCloseTo(1.293, within(0.002));
    }
}
