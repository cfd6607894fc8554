package org.darkflav.physics.kinematics;

import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.param.JsonInputs;
import tools.jackson.databind.JsonNode;

/**
 * The boost of the centre-of-mass frame of an asymmetric e⁺e⁻ collider (head-on massless beams): the frame
 * moves along the higher-energy beam with βγ = (E₁ − E₂)/√s, √s = 2√(E₁E₂).
 *
 * @param highEnergyBeam energy of the higher-energy beam (GeV)
 * @param lowEnergyBeam energy of the other beam (GeV)
 * @param source where the energies come from
 */
public record CollisionBoost(double highEnergyBeam, double lowEnergyBeam, String source) {

    /** Bundled file with the SuperKEKB beam energies. */
    public static final String SUPERKEKB = "superkekb/superkekb_beams.json";

    public CollisionBoost {
        if (!(lowEnergyBeam > 0) || !(highEnergyBeam >= lowEnergyBeam) || Double.isInfinite(highEnergyBeam)) {
            throw new PhysicsInputException("beam energies must be positive and finite, the first the higher; got "
                    + highEnergyBeam + " and " + lowEnergyBeam + " GeV");
        }
    }

    /** Belle II at SuperKEKB: 7 GeV e⁻ on 4 GeV e⁺ (βγ = 0.2835). */
    public static CollisionBoost superKekb() {
        JsonNode root = JsonInputs.resource(SUPERKEKB);
        String where = "bundled " + SUPERKEKB;
        return new CollisionBoost(JsonInputs.number(root, "e_minus_GeV", where),
                JsonInputs.number(root, "e_plus_GeV", where), root.get("reference").asString());
    }

    /** √s in GeV. */
    public double sqrtS() {
        return 2 * Math.sqrt(highEnergyBeam * lowEnergyBeam);
    }

    /** βγ of the centre-of-mass frame in the lab. */
    public double betaGamma() {
        return (highEnergyBeam - lowEnergyBeam) / sqrtS();
    }

    /** γ of the centre-of-mass frame in the lab. */
    public double gamma() {
        return (highEnergyBeam + lowEnergyBeam) / sqrtS();
    }
}
