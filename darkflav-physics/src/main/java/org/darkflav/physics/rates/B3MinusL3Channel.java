package org.darkflav.physics.rates;

import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.kinematics.LabFrameDecay;

/**
 * Prediction of the B3 − L3 model for one channel B → K(*) Z′. Decay length and escape probability are for a
 * Z′ produced in the B rest frame; {@code lab} gives them in the Belle II lab, where the Υ(4S) frame moves with
 * βγ = 0.28 along the beam ({@link org.darkflav.physics.kinematics.CollisionBoost}).
 *
 * @param mode                  the channel
 * @param momentum              Z′ momentum in the B rest frame (GeV)
 * @param betaGamma             βγ = p/m of the Z′
 * @param decayLength           mean decay length βγ c τ (m)
 * @param escapeProbability     probability exp(−L/(βγ c τ)) that the Z′ decays beyond the detector length L
 * @param missingEnergyFraction fraction of Z′ seen as missing energy: invisible decays plus visible decays that
 *                              escape, B_inv + (1 − B_inv) P_escape
 * @param br                    Br(B → K(*) Z′)
 * @param brMissingEnergy       Br(B → K(*) Z′) × missingEnergyFraction: what a B → K(*) ν ν̄ search sees
 * @param lab                   the decay length and escape probability in the lab, averaged over the Z′
 *                              direction (null if no boost was given)
 */
public record B3MinusL3Channel(DecayMode mode, double momentum, double betaGamma, double decayLength,
                               double escapeProbability, double missingEnergyFraction, double br,
                               double brMissingEnergy, LabFrameDecay lab) {

    /** Without the lab frame. */
    public B3MinusL3Channel(DecayMode mode, double momentum, double betaGamma, double decayLength,
                            double escapeProbability, double missingEnergyFraction, double br, double brMissingEnergy) {
        this(mode, momentum, betaGamma, decayLength, escapeProbability, missingEnergyFraction, br, brMissingEnergy,
                null);
    }
}
