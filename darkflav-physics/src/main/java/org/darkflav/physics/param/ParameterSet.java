package org.darkflav.physics.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.darkflav.physics.PhysicsInputException;
import tools.jackson.databind.JsonNode;

/**
 * An immutable, ordered set of named {@link Parameter}s. Overrides return a new set; unknown names
 * are reported with the list of known ones.
 */
public final class ParameterSet {

    /** Bundled PDG 2024 file. */
    public static final String PDG_2024 = "pdg2024/pdg2024_masses_lifetimes.json";

    private final Map<String, Parameter> parameters;

    private ParameterSet(Map<String, Parameter> parameters) {
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A set holding exactly these parameters (names must be unique). */
    public static ParameterSet of(Iterable<Parameter> parameters) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (map.put(p.name(), p) != null) {
                throw new PhysicsInputException("duplicate parameter name '" + p.name() + "'");
            }
        }
        return new ParameterSet(map);
    }

    /**
     * PDG 2024 masses, lifetimes and hbar (Phys. Rev. D 110, 030001 (2024)), bundled with its
     * README. Names: {@code m_B+, m_B0, m_Bs, m_Bs*, m_K+, m_K0, m_K*+, m_K*0, tau_B+, tau_B0, hbar}.
     */
    public static ParameterSet pdg2024() {
        return fromPdgJson(JsonInputs.resource(PDG_2024), "bundled " + PDG_2024);
    }

    /** Reads a file in the layout of the bundled PDG file ({@code masses_GeV}, {@code lifetimes_s}, {@code hbar_GeV_s}). */
    public static ParameterSet fromPdgJson(JsonNode root, String where) {
        String source = root.has("reference") ? root.get("reference").asString() : where;
        Map<String, Parameter> map = new LinkedHashMap<>();
        addEntries(map, JsonInputs.require(root, "masses_GeV", where), "m_", "GeV", source, where);
        addEntries(map, JsonInputs.require(root, "lifetimes_s", where), "tau_", "s", source, where);
        map.put("hbar", new Parameter("hbar", JsonInputs.number(root, "hbar_GeV_s", where), 0.0, "GeV s",
                "exact SI 2019 value (" + where + ")"));
        return new ParameterSet(map);
    }

    private static void addEntries(Map<String, Parameter> map, JsonNode entries, String prefix, String unit,
                                   String source, String where) {
        for (Map.Entry<String, JsonNode> e : entries.properties()) {
            double[] vu = JsonInputs.numbers(e.getValue(), 2, where + ": " + e.getKey());
            String name = prefix + e.getKey();
            map.put(name, new Parameter(name, vu[0], vu[1], unit, source));
        }
    }

    /** The parameter called {@code name}. */
    public Parameter get(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new PhysicsInputException("unknown parameter '" + name + "'; known parameters: "
                    + String.join(", ", parameters.keySet()));
        }
        return p;
    }

    /** The central value of {@code name}. */
    public double value(String name) {
        return get(name).value();
    }

    /** All parameters, in file order. */
    public Map<String, Parameter> asMap() {
        return parameters;
    }

    /** A copy with the central value of an existing parameter replaced (source marked "user override"). */
    public ParameterSet with(String name, double value) {
        Parameter old = get(name);
        if (!Double.isFinite(value)) {
            throw new PhysicsInputException("override of '" + name + "': value must be finite, got " + value);
        }
        Map<String, Parameter> map = new LinkedHashMap<>(parameters);
        map.put(name, old.withValue(value, "user override (was " + old.value() + " from " + old.source() + ")"));
        return new ParameterSet(map);
    }

    /** A copy with several overrides applied in order. */
    public ParameterSet with(Map<String, Double> overrides) {
        ParameterSet out = this;
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    @Override
    public String toString() {
        return "ParameterSet" + parameters.keySet();
    }
}
