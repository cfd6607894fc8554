package org.darkflav.physics.models;

import java.util.Objects;
import org.darkflav.physics.param.JsonInputs;
import org.darkflav.physics.param.Parameter;
import org.darkflav.physics.param.ParameterSet;
import tools.jackson.databind.JsonNode;

/**
 * Constants for the Z′ decays of the B3 − L3 model, with their sources: the τ mass and the speed of light from
 * the bundled {@code b3l3/b3l3_constants.json}; ħ and the K+ mass (threshold 2 m_K+ of Z′ → s s̄ hadrons) from
 * the PDG parameter set the rates use.
 *
 * @param tauMass       m_τ (GeV)
 * @param kaonMass      m_K+ (GeV)
 * @param hbar          ħ (GeV s)
 * @param speedOfLight  c (m/s)
 */
public record B3MinusL3Constants(Parameter tauMass, Parameter kaonMass, Parameter hbar, Parameter speedOfLight) {

    /** Bundled file with m_τ and c. */
    public static final String FILE = "b3l3/b3l3_constants.json";

    public B3MinusL3Constants {
        Objects.requireNonNull(tauMass, "tauMass");
        Objects.requireNonNull(kaonMass, "kaonMass");
        Objects.requireNonNull(hbar, "hbar");
        Objects.requireNonNull(speedOfLight, "speedOfLight");
    }

    /** m_τ and c from the bundled file, ħ and m_K+ from {@code particles} (e.g. {@link ParameterSet#pdg2024()}). */
    public static B3MinusL3Constants bundled(ParameterSet particles) {
        JsonNode root = JsonInputs.resource(FILE);
        String where = "bundled " + FILE;
        String source = root.get("reference").asString();
        double[] tau = JsonInputs.numbers(JsonInputs.require(root, "m_tau_GeV", where), 2, where + ": m_tau_GeV");
        return new B3MinusL3Constants(new Parameter("m_tau", tau[0], tau[1], "GeV", source),
                particles.get("m_K+"), particles.get("hbar"),
                new Parameter("c", JsonInputs.number(root, "speed_of_light_m_s", where), 0.0, "m/s", source));
    }

    /** ħ c in GeV m: the proper decay length is c τ = ħ c / Γ. */
    public double hbarC() {
        return hbar.value() * speedOfLight.value();
    }
}
