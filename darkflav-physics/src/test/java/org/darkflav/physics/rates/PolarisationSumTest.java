package org.darkflav.physics.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Checks of the oracle's own ingredients, so that it cannot silently share a mistake. */
class PolarisationSumTest {

    @Test
    void leviCivitaSignsAndContraction() {
        assertThat(PolarisationSum.epsilon(0, 1, 2, 3)).isEqualTo(1);
        assertThat(PolarisationSum.epsilon(1, 0, 2, 3)).isEqualTo(-1);
        assertThat(PolarisationSum.epsilon(1, 2, 3, 0)).isEqualTo(-1);
        assertThat(PolarisationSum.epsilon(0, 0, 2, 3)).isEqualTo(0);
        // ε^{μνρσ} a_ν b_ρ c_σ is orthogonal to a, b and c
        PolarisationSum.C4 a = PolarisationSum.C4.real(0.3, 1.2, -0.7, 2.0);
        double[] b = {5.0, 0.1, 0.2, 0.3};
        double[] c = {1.0, -0.4, 0.9, 0.5};
        PolarisationSum.C4 e = PolarisationSum.epsilonContract(a, b, c);
        assertThat(PolarisationSum.dot(e, a)[0]).isCloseTo(0.0, within(1e-12));
        assertThat(PolarisationSum.dot(e, PolarisationSum.C4.real(b))[0]).isCloseTo(0.0, within(1e-12));
        assertThat(PolarisationSum.dot(e, PolarisationSum.C4.real(c))[0]).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void bToKDimensionFourByHand() {
        // Σ|(p+k)·ε|² = λ_full/m², so Γ = g_V²/4 f_+² λ_full/m² |p|/(8π m_B²): a constant form factor makes
        // this a pure kinematics check of the oracle
        double mB = 5.0;
        double mK = 0.5;
        double m = 2.0;
        PolarisationSum oracle = new PolarisationSum(mB, mK, m);
        org.darkflav.physics.formfactors.LinearFormFactors<org.darkflav.physics.formfactors.PseudoscalarFormFactor> one =
                org.darkflav.physics.formfactors.Hpqcd2022.bundled().withCoefficients(new double[] {1, 0, 0, 0, 0, 1, 0, 0});
        double q2 = m * m;
        double fPlus = one.value(org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_PLUS, q2);
        double lam = Math.pow(mB * mB - mK * mK - q2, 2) - 4 * mK * mK * q2;
        double p = Math.sqrt(lam) / (2 * mB);
        double expected = 0.25 * fPlus * fPlus * lam / q2 * p / (8 * Math.PI * mB * mB);
        double actual = oracle.gammaPseudoscalar(one, new org.darkflav.physics.models.ZPrime(
                org.darkflav.physics.models.ZPrimeOperator.DIM4, org.darkflav.physics.models.Couplings.ofVectorAxial(1, 0)));
        assertThat(actual / expected).isCloseTo(1.0, within(1e-13));
        assertThat(oracle.momentum()).isCloseTo(p, within(1e-14));
    }
}
