package org.darkflav.physics.kinematics;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Decay length in the lab of a particle X emitted isotropically with momentum p* by a parent at rest in the
 * centre-of-mass frame, boosted by a {@link CollisionBoost}: per direction θ* (to the boost axis)
 * p_z = γ (p* cos θ* + β E*), p_T = p* sin θ*, decay length |p_lab|/m × cτ; averaged over cos θ* (a 48-point
 * Gauss–Legendre rule, exact to far below 1e-10 for these smooth integrands).
 *
 * @param meanBetaGamma ⟨|p_lab|⟩/m
 * @param meanDecayLength ⟨βγ_lab⟩ cτ (m)
 * @param minDecayLength the shortest, emitted against the boost (m)
 * @param maxDecayLength the longest, emitted along the boost (m)
 * @param escapeProbability ⟨exp(−L / (βγ_lab cτ))⟩: decays beyond the detector length L
 */
public record LabFrameDecay(double meanBetaGamma, double meanDecayLength, double minDecayLength, double maxDecayLength,
        double escapeProbability) {

    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(48, -1, 1);

    /**
     * @param mass m_X (GeV, &gt; 0)
     * @param momentum p* in the centre-of-mass frame (GeV)
     * @param properDecayLength cτ (m)
     * @param detectorLength L (m)
     */
    public static LabFrameDecay of(CollisionBoost boost, double mass, double momentum, double properDecayLength,
            double detectorLength) {
        double bg = boost.betaGamma();
        double g = boost.gamma();
        double energy = Math.hypot(mass, momentum);
        double sumBetaGamma = 0;
        double sumEscape = 0;
        for (int i = 0; i < RULE.getNumberOfPoints(); i++) {
            double c = RULE.getPoint(i);
            double w = RULE.getWeight(i) / 2;
            double b = betaGamma(g, bg, mass, momentum, energy, c);
            sumBetaGamma += w * b;
            sumEscape += w * Math.exp(-detectorLength / (b * properDecayLength));
        }
        return new LabFrameDecay(sumBetaGamma, sumBetaGamma * properDecayLength,
                betaGamma(g, bg, mass, momentum, energy, -1) * properDecayLength,
                betaGamma(g, bg, mass, momentum, energy, 1) * properDecayLength, sumEscape);
    }

    private static double betaGamma(double g, double bg, double mass, double p, double e, double cos) {
        double pz = g * p * cos + bg * e;
        double pt = p * Math.sqrt(Math.max(0, 1 - cos * cos));
        return Math.hypot(pz, pt) / mass;
    }
}
