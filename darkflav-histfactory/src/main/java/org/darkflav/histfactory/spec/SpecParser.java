package org.darkflav.histfactory.spec;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Converts a schema-valid pyhf workspace tree into records. Shape is guaranteed by the schema. */
final class SpecParser {

    private SpecParser() {}

    static WorkspaceSpec workspace(JsonNode root) {
        List<ChannelSpec> channels = new ArrayList<>();
        for (JsonNode c : root.get("channels")) {
            channels.add(channel(c));
        }
        List<ObservationSpec> observations = new ArrayList<>();
        for (JsonNode o : root.get("observations")) {
            observations.add(new ObservationSpec(o.get("name").asString(), doubles(o.get("data"))));
        }
        List<MeasurementSpec> measurements = new ArrayList<>();
        for (JsonNode m : root.get("measurements")) {
            measurements.add(measurement(m));
        }
        return new WorkspaceSpec(channels, observations, measurements, root.get("version").asString());
    }

    static ChannelSpec channel(JsonNode c) {
        List<SampleSpec> samples = new ArrayList<>();
        for (JsonNode s : c.get("samples")) {
            List<ModifierSpec> mods = new ArrayList<>();
            for (JsonNode m : s.get("modifiers")) {
                mods.add(modifier(m));
            }
            samples.add(new SampleSpec(s.get("name").asString(), doubles(s.get("data")), mods));
        }
        return new ChannelSpec(c.get("name").asString(), samples);
    }

    static ModifierSpec modifier(JsonNode m) {
        String name = m.get("name").asString();
        JsonNode data = m.get("data");
        return switch (m.get("type").asString()) {
            case "normfactor" -> new ModifierSpec.NormFactor(name);
            case "lumi" -> new ModifierSpec.Lumi(name);
            case "shapefactor" -> new ModifierSpec.ShapeFactor(name);
            case "normsys" -> new ModifierSpec.NormSys(name, data.get("hi").asDouble(), data.get("lo").asDouble());
            case "histosys" -> new ModifierSpec.HistoSys(name, doubles(data.get("hi_data")), doubles(data.get("lo_data")));
            case "shapesys" -> new ModifierSpec.ShapeSys(name, doubles(data));
            case "staterror" -> new ModifierSpec.StatError(name, doubles(data));
            default -> throw new IllegalStateException("schema admitted modifier type " + m.get("type"));
        };
    }

    static MeasurementSpec measurement(JsonNode m) {
        JsonNode config = m.get("config");
        List<ParameterConfig> params = new ArrayList<>();
        for (JsonNode p : config.get("parameters")) {
            params.add(parameter(p));
        }
        return new MeasurementSpec(m.get("name").asString(), config.get("poi").asString(), params);
    }

    static ParameterConfig parameter(JsonNode p) {
        double[][] bounds = null;
        if (p.has("bounds")) {
            JsonNode b = p.get("bounds");
            bounds = new double[b.size()][];
            for (int i = 0; i < b.size(); i++) {
                bounds[i] = doubles(b.get(i));
            }
        }
        return new ParameterConfig(
                p.get("name").asString(),
                optionalDoubles(p, "inits"),
                bounds,
                p.has("fixed") ? p.get("fixed").asBoolean() : null,
                optionalDoubles(p, "auxdata"),
                optionalDoubles(p, "sigmas"),
                optionalDoubles(p, "factors"));
    }

    private static double[] optionalDoubles(JsonNode parent, String key) {
        return parent.has(key) ? doubles(parent.get(key)) : null;
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
