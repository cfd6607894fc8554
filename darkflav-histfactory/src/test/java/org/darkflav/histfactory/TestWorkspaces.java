package org.darkflav.histfactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Locates the test workspaces and converts JSON to spec records without validation (test scope only). */
public final class TestWorkspaces {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TestWorkspaces() {}

    /** A path under src/test/resources/workspaces, or the Belle II example when it starts with '@'. */
    public static Path path(String relative) {
        if (relative.startsWith("@")) {
            return repoRoot().resolve(relative.substring(1));
        }
        return Path.of("src/test/resources/workspaces").resolve(relative);
    }

    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root with examples/ not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    public static JsonNode json(Path p) {
        try {
            return MAPPER.readTree(Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkspaceSpec spec(JsonNode root) {
        List<ChannelSpec> channels = new ArrayList<>();
        for (JsonNode c : root.get("channels")) {
            List<SampleSpec> samples = new ArrayList<>();
            for (JsonNode s : c.get("samples")) {
                List<ModifierSpec> mods = new ArrayList<>();
                for (JsonNode m : s.get("modifiers")) {
                    mods.add(modifier(m));
                }
                samples.add(new SampleSpec(s.get("name").asString(), doubles(s.get("data")), mods));
            }
            channels.add(new ChannelSpec(c.get("name").asString(), samples));
        }
        List<ObservationSpec> obs = new ArrayList<>();
        for (JsonNode o : root.get("observations")) {
            obs.add(new ObservationSpec(o.get("name").asString(), doubles(o.get("data"))));
        }
        List<MeasurementSpec> meas = new ArrayList<>();
        for (JsonNode m : root.get("measurements")) {
            List<ParameterConfig> pcs = new ArrayList<>();
            JsonNode params = m.get("config").get("parameters");
            if (params != null) {
                for (JsonNode p : params) {
                    pcs.add(new ParameterConfig(p.get("name").asString(), opt(p, "inits"), bounds(p.get("bounds")),
                            p.has("fixed") ? p.get("fixed").asBoolean() : null, opt(p, "auxdata"), opt(p, "sigmas"),
                            opt(p, "factors")));
                }
            }
            meas.add(new MeasurementSpec(m.get("name").asString(), m.get("config").get("poi").asString(), pcs));
        }
        return new WorkspaceSpec(channels, obs, meas, root.has("version") ? root.get("version").asString() : "1.0.0");
    }

    private static ModifierSpec modifier(JsonNode m) {
        String name = m.get("name").asString();
        JsonNode d = m.get("data");
        return switch (m.get("type").asString()) {
            case "normfactor" -> new ModifierSpec.NormFactor(name);
            case "lumi" -> new ModifierSpec.Lumi(name);
            case "shapefactor" -> new ModifierSpec.ShapeFactor(name);
            case "normsys" -> new ModifierSpec.NormSys(name, d.get("hi").asDouble(), d.get("lo").asDouble());
            case "histosys" -> new ModifierSpec.HistoSys(name, doubles(d.get("hi_data")), doubles(d.get("lo_data")));
            case "shapesys" -> new ModifierSpec.ShapeSys(name, doubles(d));
            case "staterror" -> new ModifierSpec.StatError(name, doubles(d));
            default -> throw new IllegalArgumentException(m.get("type").asString());
        };
    }

    private static double[] opt(JsonNode p, String key) {
        return p.has(key) ? doubles(p.get(key)) : null;
    }

    private static double[][] bounds(JsonNode b) {
        if (b == null) {
            return null;
        }
        double[][] out = new double[b.size()][];
        for (int i = 0; i < b.size(); i++) {
            out[i] = doubles(b.get(i));
        }
        return out;
    }

    public static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
