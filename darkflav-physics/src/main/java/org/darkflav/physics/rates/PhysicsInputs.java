package org.darkflav.physics.rates;

import java.util.Objects;
import org.darkflav.physics.formfactors.Bsz2015;
import org.darkflav.physics.formfactors.Hpqcd2022;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.kinematics.ModeKinematics;
import org.darkflav.physics.param.ParameterSet;

/**
 * Everything the rates need: masses and lifetimes, the B → K and the B → K* form factors. The
 * defaults are PDG 2024, HPQCD 2022 and the combined BSZ 2015 fit; any part can be replaced.
 *
 * @param particles masses, lifetimes, hbar
 * @param bToK      B → K form factors
 * @param bToKStar  B → K* form factors
 */
public record PhysicsInputs(ParameterSet particles, Hpqcd2022 bToK, Bsz2015 bToKStar) {

    public PhysicsInputs {
        Objects.requireNonNull(particles, "particles");
        Objects.requireNonNull(bToK, "bToK");
        Objects.requireNonNull(bToKStar, "bToKStar");
    }

    /** PDG 2024 + HPQCD 2022 + BSZ 2015 (LCSR + lattice). */
    public static PhysicsInputs defaults() {
        return new PhysicsInputs(ParameterSet.pdg2024(), Hpqcd2022.bundled(), Bsz2015.bundled(Bsz2015.Fit.LCSR_LATTICE));
    }

    /** A copy with other particle parameters. */
    public PhysicsInputs withParticles(ParameterSet newParticles) {
        return new PhysicsInputs(newParticles, bToK, bToKStar);
    }

    /** A copy with other B → K form factors. */
    public PhysicsInputs withBToK(Hpqcd2022 formFactors) {
        return new PhysicsInputs(particles, formFactors, bToKStar);
    }

    /** A copy with other B → K* form factors. */
    public PhysicsInputs withBToKStar(Bsz2015 formFactors) {
        return new PhysicsInputs(particles, bToK, formFactors);
    }

    /** Kinematics of one channel. */
    public ModeKinematics kinematics(DecayMode mode) {
        return ModeKinematics.of(mode, particles);
    }

    /** The process of one channel with the corrected formulas. */
    public BToKX process(DecayMode mode) {
        return process(mode, FormulaVariant.CORRECTED);
    }

    /** The process of one channel. */
    public BToKX process(DecayMode mode, FormulaVariant variant) {
        ModeKinematics kin = kinematics(mode);
        return switch (mode) {
            case B_PLUS_K_PLUS, B0_K0 -> new BToPseudoscalarX(kin, bToK, variant);
            case B_PLUS_KSTAR_PLUS -> new BToVectorX(kin, bToKStar, variant, particles.value("m_K+"));
            case B0_KSTAR0 -> new BToVectorX(kin, bToKStar, variant, particles.value("m_K0"));
        };
    }
}
