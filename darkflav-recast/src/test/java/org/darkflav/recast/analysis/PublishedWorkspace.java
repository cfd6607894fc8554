package org.darkflav.recast.analysis;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.recast.data.AnalysisBundles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-scope conversion of the shipped Belle II JSON to spec records, without validation, until the
 * product's workspace reader is merged (it only needs what this workspace uses).
 */
final class PublishedWorkspace {
    private PublishedWorkspace() {}

    static WorkspaceSpec read(AnalysisBundles bundles) {
        JsonNode root = JsonMapper.builder().build().readTree(bundles.publishedLikelihoodJson());
        List<ChannelSpec> channels = new ArrayList<>();
        for (JsonNode c : root.get("channels")) {
            List<SampleSpec> samples = new ArrayList<>();
            for (JsonNode s : c.get("samples")) {
                List<ModifierSpec> mods = new ArrayList<>();
                for (JsonNode m : s.get("modifiers")) {
                    String name = m.get("name").asString();
                    JsonNode d = m.get("data");
                    mods.add(switch (m.get("type").asString()) {
                        case "normfactor" -> new ModifierSpec.NormFactor(name);
                        case "normsys" -> new ModifierSpec.NormSys(name, d.get("hi").asDouble(), d.get("lo").asDouble());
                        case "histosys" -> new ModifierSpec.HistoSys(name, doubles(d.get("hi_data")),
                                doubles(d.get("lo_data")));
                        case "staterror" -> new ModifierSpec.StatError(name, doubles(d));
                        case "shapesys" -> new ModifierSpec.ShapeSys(name, doubles(d));
                        default -> throw new IllegalStateException("unexpected modifier " + m);
                    });
                }
                samples.add(new SampleSpec(s.get("name").asString(), doubles(s.get("data")), mods));
            }
            channels.add(new ChannelSpec(c.get("name").asString(), samples));
        }
        List<ObservationSpec> obs = new ArrayList<>();
        for (JsonNode o : root.get("observations")) {
            obs.add(new ObservationSpec(o.get("name").asString(), doubles(o.get("data"))));
        }
        JsonNode m = root.get("measurements").get(0);
        List<ParameterConfig> none = List.of();
        return new WorkspaceSpec(channels, obs,
                List.of(new MeasurementSpec(m.get("name").asString(), m.get("config").get("poi").asString(), none)),
                root.get("version").asString());
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
