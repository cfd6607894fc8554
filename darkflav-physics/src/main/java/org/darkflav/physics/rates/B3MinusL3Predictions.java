package org.darkflav.physics.rates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.kinematics.CollisionBoost;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.kinematics.LabFrameDecay;
import org.darkflav.physics.kinematics.ModeKinematics;
import org.darkflav.physics.models.B3MinusL3;
import org.darkflav.physics.models.B3MinusL3Constants;
import org.darkflav.physics.models.B3MinusL3Inputs;
import org.darkflav.physics.models.B3MinusL3Widths;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;

/**
 * B → K(*) Z′ in the B3 − L3 model: the couplings of {@link B3MinusL3} fed into the dimension-4 rates of
 * {@link BToKX}, with the Z′ width, decay length and the fraction of Z′ that a B → K(*) ν ν̄ search sees as
 * missing energy.
 */
public final class B3MinusL3Predictions {

    private final PhysicsInputs physics;
    private final B3MinusL3Constants constants;
    private final FormulaVariant variant;
    private final CollisionBoost boost;

    /**
     * With Belle II's boost ({@link CollisionBoost#superKekb()}) for the lab-frame decay lengths.
     *
     * @param physics   masses, lifetimes and form factors of the rates
     * @param constants m_τ, m_K+, ħ, c of the Z′ decays
     * @param variant   corrected (recommended) or as-printed rate formulas
     */
    public B3MinusL3Predictions(PhysicsInputs physics, B3MinusL3Constants constants, FormulaVariant variant) {
        this(physics, constants, variant, CollisionBoost.superKekb());
    }

    /** @param boost the collider's centre-of-mass boost, for the lab-frame decay lengths */
    public B3MinusL3Predictions(PhysicsInputs physics, B3MinusL3Constants constants, FormulaVariant variant,
            CollisionBoost boost) {
        this.physics = Objects.requireNonNull(physics, "physics");
        this.constants = Objects.requireNonNull(constants, "constants");
        this.variant = Objects.requireNonNull(variant, "variant");
        this.boost = Objects.requireNonNull(boost, "boost");
    }

    /** The bundled defaults: PDG 2024, HPQCD 2022, BSZ 2015, the bundled B3 − L3 constants, Belle II's boost. */
    public static B3MinusL3Predictions defaults() {
        PhysicsInputs p = PhysicsInputs.defaults();
        return new B3MinusL3Predictions(p, B3MinusL3Constants.bundled(p.particles()), FormulaVariant.CORRECTED);
    }

    /** Everything at one point; channels above their kinematic limit are left out. */
    public B3MinusL3Point evaluate(B3MinusL3Inputs in) {
        double m = in.mZPrime();
        checkMass(m);
        Couplings couplings = B3MinusL3.bsCouplings(in);
        B3MinusL3Widths widths = B3MinusL3.widths(in, constants);
        double ctau = B3MinusL3.properDecayLength(widths, constants);
        double invisible = widths.invisibleFraction();
        ZPrime zPrime = new ZPrime(ZPrimeOperator.DIM4, couplings);
        List<B3MinusL3Channel> channels = new ArrayList<>();
        for (DecayMode mode : DecayMode.values()) {
            BToKX process = physics.process(mode, variant);
            ModeKinematics kin = process.kinematics();
            if (m > kin.maxMass()) {
                continue;
            }
            double p = kin.momentum(m);
            double betaGamma = p / m;
            double length = betaGamma * ctau;
            double escape = Math.exp(-in.detectorLength() / length);
            double missing = invisible + (1 - invisible) * escape;
            double br = process.br(m, zPrime);
            LabFrameDecay lab = LabFrameDecay.of(boost, m, p, ctau, in.detectorLength());
            channels.add(new B3MinusL3Channel(mode, p, betaGamma, length, escape, missing, br, br * missing, lab));
        }
        return new B3MinusL3Point(in, constants, couplings, widths, ctau, channels);
    }

    private void checkMass(double m) {
        double limit = 0;
        for (DecayMode mode : DecayMode.values()) {
            limit = Math.max(limit, physics.kinematics(mode).maxMass());
        }
        if (m > limit) {
            throw new PhysicsInputException(String.format(
                    "Z' mass %s GeV is above the kinematic limit m_B - m_K = %.6f GeV of every B -> K(*) channel", m, limit));
        }
    }
}
