package org.darkflav.physics.models;

import org.darkflav.physics.PhysicsInputException;

/**
 * The user inputs of the gauged B3 − L3 model (PRD 109, 075008, Sec. III C): a U(1)_X gauge boson Z′
 * coupled to X = B3 − L3, with b–s couplings from the rotation of the third-generation down quark into the
 * mass basis. See {@link B3MinusL3} for the mapping to g_L, g_R and the decay widths.
 *
 * @param gX                       U(1)_X gauge coupling, &gt; 0 (the sign convention is carried by the angles)
 * @param mZPrime                  Z′ mass in GeV, &gt; 0 (the upper limit m_B − m_K is checked with the rates)
 * @param thetaL                   left-handed b–s mixing angle θ_L in rad, |θ_L| ≤ π/2
 * @param thetaR                   right-handed b–s mixing angle θ_R in rad, |θ_R| ≤ π/2
 * @param detectorLength           distance L (m) a visible decay must exceed to escape the detector, &gt; 0
 * @param lightRightHandedNeutrino whether the right-handed ν_τ (X = −1, needed for anomaly cancellation) is
 *                                 lighter than m_Z′/2, which opens Z′ → ν_R ν̄_R
 */
public record B3MinusL3Inputs(double gX, double mZPrime, double thetaL, double thetaR, double detectorLength,
                              boolean lightRightHandedNeutrino) {

    /**
     * Default gauge coupling. With the default angles it gives g_L = g_R = 6.66e-9, hence Br(B+ → K+ Z′) ≈ 8.5e-6
     * at 2 GeV: the size of the B → K ν ν̄ excess discussed in the paper (order 1e-5), not a fit to any number.
     */
    public static final double DEFAULT_G_X = 5e-7;
    /** Default Z′ mass (GeV): the preferred mass of the paper, about 2 GeV. */
    public static final double DEFAULT_MASS = 2.0;
    /**
     * Default left- and right-handed mixing angle (rad): 0.04, the size of |V_cb| ≈ |V_ts|, which the paper's
     * extra Higgs doublets are meant to generate; θ_R = θ_L makes the b–s coupling purely vector (g_A = 0), as the
     * B → K* bounds require.
     */
    public static final double DEFAULT_THETA = 0.04;
    /** Default detector size (m), of the order of the Belle II outer radius. */
    public static final double DEFAULT_DETECTOR_LENGTH = 3.0;

    public B3MinusL3Inputs {
        if (!(gX > 0) || Double.isInfinite(gX)) {
            throw new PhysicsInputException("B3-L3 gauge coupling g_X must be a positive finite number, got " + gX
                    + " (the sign convention of the b-s couplings is carried by the mixing angles)");
        }
        if (!(mZPrime > 0) || Double.isInfinite(mZPrime)) {
            throw new PhysicsInputException("Z' mass must be a positive finite number of GeV, got " + mZPrime);
        }
        checkAngle("theta_L", thetaL);
        checkAngle("theta_R", thetaR);
        if (!(detectorLength > 0) || Double.isInfinite(detectorLength)) {
            throw new PhysicsInputException("detector length must be a positive finite number of metres, got "
                    + detectorLength);
        }
    }

    /** The default point: g_X = 5e-7, m_Z′ = 2 GeV, θ_L = θ_R = 0.04, L = 3 m, heavy ν_R. */
    public static B3MinusL3Inputs defaults() {
        return new B3MinusL3Inputs(DEFAULT_G_X, DEFAULT_MASS, DEFAULT_THETA, DEFAULT_THETA, DEFAULT_DETECTOR_LENGTH,
                false);
    }

    private static void checkAngle(String name, double theta) {
        if (!(Math.abs(theta) <= Math.PI / 2)) {
            throw new PhysicsInputException("mixing angle " + name + " must be in [-pi/2, pi/2] rad, got " + theta
                    + " (angles are in radians; a rotation by theta and by theta + pi give the same couplings)");
        }
    }
}
