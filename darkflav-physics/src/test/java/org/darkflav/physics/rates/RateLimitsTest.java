package org.darkflav.physics.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.formfactors.PseudoscalarFormFactor;
import org.darkflav.physics.formfactors.VectorFormFactor;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.kinematics.Kallen;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.NewPhysics;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Limits and symmetries of the rates (acceptance "Limits behave") and the as-printed variant. */
class RateLimitsTest {

    private static final PhysicsInputs INPUTS = PhysicsInputs.defaults();
    private static final Couplings MIXED = new Couplings(0.7e-8, -1.9e-8);

    @ParameterizedTest
    @EnumSource(DecayMode.class)
    void ratesVanishAtTheKinematicEndpoint(DecayMode mode) {
        BToKX p = INPUTS.process(mode);
        double end = p.kinematics().maxMass();
        for (NewPhysics np : new NewPhysics[] {
            new ZPrime(ZPrimeOperator.DIM4, MIXED), new ZPrime(ZPrimeOperator.DIM5, MIXED),
            new ZPrime(ZPrimeOperator.DIM6, MIXED), new Alp(1, 1, 1e8)}) {
            // lambda vanishes at m_B − m_K up to rounding (~1e-16), so lambda^(1/2) rates are ~1e-8 of typical
            assertThat(p.gamma(end, np)).as(np.toString()).isLessThan(1e-7 * p.gamma(1.0, np));
            // and they go to zero continuously: at least as fast as sqrt(lambda)
            double near = p.gamma(end - 1e-6, np);
            double far = p.gamma(end - 1e-2, np);
            assertThat(near).isLessThan(far * Math.sqrt(1e-4) * 1.1);
        }
    }

    @ParameterizedTest
    @EnumSource(DecayMode.class)
    void dimensionSixIsDimensionFourWithScaledCouplings(DecayMode mode) {
        BToKX p = INPUTS.process(mode);
        for (double m : new double[] {0.3, 1.0, 2.0, 3.7}) {
            double six = p.gamma(m, new ZPrime(ZPrimeOperator.DIM6, MIXED));
            double four = p.gamma(m, new ZPrime(ZPrimeOperator.DIM4, MIXED.scaled(m * m)));
            assertThat(six / four).isCloseTo(1.0, within(1e-13));
        }
    }

    @Test
    void bToKDoesNotDependOnGA() {
        for (DecayMode mode : new DecayMode[] {DecayMode.B_PLUS_K_PLUS, DecayMode.B0_K0}) {
            BToKX p = INPUTS.process(mode);
            for (ZPrimeOperator op : ZPrimeOperator.values()) {
                double a = p.gamma(2.0, new ZPrime(op, Couplings.ofVectorAxial(1e-8, 0)));
                double b = p.gamma(2.0, new ZPrime(op, Couplings.ofVectorAxial(1e-8, 5e-8)));
                assertThat(b).isCloseTo(a, within(1e-14 * a));
                assertThat(p.gamma(2.0, new ZPrime(op, Couplings.ofVectorAxial(0, 5e-8)))).isEqualTo(0.0);
            }
            assertThat(p.gamma(2.0, new Alp(1, 3, 1e8))).isEqualTo(p.gamma(2.0, new Alp(1, 0, 1e8)));
        }
    }

    @Test
    void leftAndRightGiveTheSameRates() {
        // no V–A interference after the polarisation sum (theory-formulas.md, Sec. 0)
        for (DecayMode mode : DecayMode.values()) {
            for (ZPrimeOperator op : ZPrimeOperator.values()) {
                BToKX p = INPUTS.process(mode);
                assertThat(p.gamma(2.0, new ZPrime(op, new Couplings(1e-8, 0))))
                        .isCloseTo(p.gamma(2.0, new ZPrime(op, new Couplings(0, 1e-8))), within(1e-30));
            }
        }
    }

    @Test
    void asPrintedDiffersOnlyWhereThePaperHasTypos() {
        double m = 2.0;
        double q2 = m * m;
        BToKX k = INPUTS.process(DecayMode.B_PLUS_K_PLUS);
        BToKX kPrinted = INPUTS.process(DecayMode.B_PLUS_K_PLUS, FormulaVariant.AS_PRINTED);
        Couplings g = new Couplings(1e-8, 0);
        double fT = INPUTS.bToK().value(PseudoscalarFormFactor.F_T, q2);
        double fPlus = INPUTS.bToK().value(PseudoscalarFormFactor.F_PLUS, q2);
        // Eq. (3) and (15) unchanged; Eq. (4) printed with f_T, Eq. (5) with f_+ (not squared)
        assertThat(kPrinted.gamma(m, new ZPrime(ZPrimeOperator.DIM4, g))).isEqualTo(k.gamma(m, new ZPrime(ZPrimeOperator.DIM4, g)));
        assertThat(kPrinted.gamma(m, new Alp(1, 0, 1e8))).isEqualTo(k.gamma(m, new Alp(1, 0, 1e8)));
        assertThat(kPrinted.gamma(m, new ZPrime(ZPrimeOperator.DIM5, g)) / k.gamma(m, new ZPrime(ZPrimeOperator.DIM5, g)))
                .isCloseTo(1 / fT, within(1e-12));
        assertThat(kPrinted.gamma(m, new ZPrime(ZPrimeOperator.DIM6, g)) / k.gamma(m, new ZPrime(ZPrimeOperator.DIM6, g)))
                .isCloseTo(1 / fPlus, within(1e-12));

        // Eqs. (7)-(9) printed with the K-channel lambda; Eq. (11) with an extra lambda_* on the A1 term
        BToKX ks = INPUTS.process(DecayMode.B_PLUS_KSTAR_PLUS);
        BToKX ksPrinted = INPUTS.process(DecayMode.B_PLUS_KSTAR_PLUS, FormulaVariant.AS_PRINTED);
        double mB = ks.kinematics().mB();
        double mV = ks.kinematics().mK();
        double phase = Math.sqrt(Kallen.dimensionless(mB, INPUTS.particles().value("m_K+"), m)
                / Kallen.dimensionless(mB, mV, m));
        RateCoefficients c = ks.zPrime(m, ZPrimeOperator.DIM4);
        RateCoefficients cp = ksPrinted.zPrime(m, ZPrimeOperator.DIM4);
        assertThat(cp.vector() / c.vector()).isCloseTo(phase, within(1e-12));
        double lambdaStar = Kallen.dimensionless(mB, mV, m);
        double a1Term = Math.pow((1 + mV / mB) * INPUTS.bToKStar().value(VectorFormFactor.A1, q2), 2);
        double a12Term = 32 * mV * mV / q2 * Math.pow(INPUTS.bToKStar().value(VectorFormFactor.A12, q2), 2);
        assertThat(cp.axial() / c.axial()).isCloseTo(phase * (lambdaStar * a1Term + a12Term) / (a1Term + a12Term), within(1e-12));
        // the printed F_A is lower (theory-formulas.md: "by several percent at 2 GeV")
        assertThat(cp.axial() / phase / c.axial()).isBetween(0.9, 0.99);
        // the dipole and ALP K* formulas are the same in both variants apart from the phase space
        assertThat(ksPrinted.zPrime(m, ZPrimeOperator.DIM5).axial() / ks.zPrime(m, ZPrimeOperator.DIM5).axial())
                .isCloseTo(phase, within(1e-12));
        assertThat(ksPrinted.alp(m)).isEqualTo(ks.alp(m));
    }

    @Test
    void invalidInputGetsAClearError() {
        BToKX k = INPUTS.process(DecayMode.B_PLUS_K_PLUS);
        NewPhysics z = new ZPrime(ZPrimeOperator.DIM4, MIXED);
        assertThatThrownBy(() -> k.br(-1.0, z)).isInstanceOf(PhysicsInputException.class).hasMessageContaining("must be >= 0");
        assertThatThrownBy(() -> k.br(5.0, z)).isInstanceOf(PhysicsInputException.class).hasMessageContaining("kinematic limit");
        assertThatThrownBy(() -> k.br(0.0, z)).isInstanceOf(PhysicsInputException.class).hasMessageContaining("> 0");
        assertThatThrownBy(() -> INPUTS.process(DecayMode.B0_KSTAR0).br(4.5, z)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("B0K*0");
        assertThatThrownBy(() -> ZPrimeOperator.ofDimension(7)).isInstanceOf(PhysicsInputException.class);
        assertThatThrownBy(() -> new Alp(1, 0, -3)).isInstanceOf(PhysicsInputException.class);
        assertThat(k.br(0.0, new Alp(1, 0, 1e8))).isPositive();
    }
}
