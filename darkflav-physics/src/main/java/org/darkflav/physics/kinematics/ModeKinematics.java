package org.darkflav.physics.kinematics;

import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.param.ParameterSet;

/**
 * Masses and lifetime of one channel, resolved once from a {@link ParameterSet}.
 *
 * @param mode   the channel
 * @param mB     B mass (GeV)
 * @param mK     K or K* mass (GeV)
 * @param tauB   B lifetime (s)
 * @param hbar   reduced Planck constant (GeV s)
 */
public record ModeKinematics(DecayMode mode, double mB, double mK, double tauB, double hbar) {

    public ModeKinematics {
        if (!(mB > mK && mK > 0 && tauB > 0 && hbar > 0)) {
            throw new PhysicsInputException("inconsistent inputs for " + mode + ": need m_B > m_K > 0, tau > 0, hbar > 0;"
                    + " got m_B=" + mB + ", m_K=" + mK + ", tau=" + tauB + ", hbar=" + hbar);
        }
    }

    /** Looks up the masses and lifetime of {@code mode} in {@code params}. */
    public static ModeKinematics of(DecayMode mode, ParameterSet params) {
        return new ModeKinematics(mode, params.value(mode.parentMassName()), params.value(mode.daughterMassName()),
                params.value(mode.lifetimeName()), params.value("hbar"));
    }

    /** Largest mass of X that the decay allows: m_B − m_K. */
    public double maxMass() {
        return mB - mK;
    }

    /** Dimensionless Källén function of Eq. (6) for this channel, clipped at 0 at the endpoint. */
    public double lambda(double mX) {
        return Math.max(0.0, Kallen.dimensionless(mB, mK, mX));
    }

    /** Momentum of X (and of the kaon) in the B rest frame (GeV). */
    public double momentum(double mX) {
        return Kallen.twoBodyMomentum(mB, mK, mX);
    }

    /** Branching ratio from a partial width: Br = Gamma tau / hbar. */
    public double br(double gammaGeV) {
        return gammaGeV * tauB / hbar;
    }

    /** Partial width from a branching ratio. */
    public double gamma(double br) {
        return br * hbar / tauB;
    }

    /**
     * Rejects a mass outside [0, m_B − m_K] with a message that says which limit was crossed.
     *
     * @param allowZero whether m_X = 0 is allowed (not for a Z′ at dimension 4, whose rate grows as 1/m²)
     */
    public void checkMass(double mX, boolean allowZero) {
        if (Double.isNaN(mX) || mX < 0) {
            throw new PhysicsInputException("mass of X must be >= 0 GeV, got " + mX);
        }
        if (mX == 0 && !allowZero) {
            throw new PhysicsInputException("mass of X must be > 0 GeV for this operator (the rate grows as 1/m^2)");
        }
        if (mX > maxMass()) {
            throw new PhysicsInputException(String.format(
                    "mass of X = %s GeV is above the kinematic limit m_B - m_K = %.6f GeV of %s", mX, maxMass(), mode));
        }
    }
}
