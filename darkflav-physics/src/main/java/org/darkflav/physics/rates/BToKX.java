package org.darkflav.physics.rates;

import org.darkflav.physics.formfactors.GaussianCoefficients;
import org.darkflav.physics.kinematics.ModeKinematics;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.NewPhysics;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;

/**
 * Two-body decay B → K(*) X of one channel: rates of a Z′ (Eqs. 3–13) or an ALP (Eqs. 15–16) as
 * functions of the mass of X. Form factors are evaluated at q² = m_X².
 */
public sealed interface BToKX permits BToPseudoscalarX, BToVectorX {

    /** Masses and lifetime of the channel. */
    ModeKinematics kinematics();

    /** Rate coefficients of a Z′ with the given operator, at mass {@code mX} (GeV). */
    RateCoefficients zPrime(double mX, ZPrimeOperator operator);

    /** Rate coefficients of an ALP at mass {@code mX} (GeV). */
    RateCoefficients alp(double mX);

    /** Covariance of the form-factor coefficients used by this channel. */
    GaussianCoefficients formFactorCoefficients();

    /** The same process with other form-factor coefficients (one sample of their distribution). */
    BToKX withFormFactorCoefficients(double[] coefficients);

    /** Rate coefficients of the model kind of {@code physics}. */
    default RateCoefficients coefficients(double mX, NewPhysics physics) {
        if (physics instanceof ZPrime z) {
            return zPrime(mX, z.operator());
        }
        if (physics instanceof Alp) {
            return alp(mX);
        }
        throw new IllegalStateException("unhandled model kind " + physics);
    }

    /** Partial width Γ(B → K(*) X) in GeV. */
    default double gamma(double mX, NewPhysics physics) {
        return coefficients(mX, physics).gamma(physics.vectorWeight(), physics.axialWeight());
    }

    /** Branching ratio Γ τ_B / ħ. */
    default double br(double mX, NewPhysics physics) {
        return kinematics().br(gamma(mX, physics));
    }
}
