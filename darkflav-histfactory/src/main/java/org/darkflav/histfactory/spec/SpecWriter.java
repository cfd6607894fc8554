package org.darkflav.histfactory.spec;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes workspaces as pyhf JSON (schema 1.0.0), with pyhf's key order. Trees read from a file keep
 * their integers (pyhf digests depend on it); trees built from records hold doubles.
 */
public final class SpecWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SpecWriter() {}

    /** The workspace as a JSON tree. */
    public static ObjectNode toJson(WorkspaceSpec ws) {
        ObjectNode root = F.objectNode();
        ArrayNode channels = root.putArray("channels");
        for (ChannelSpec c : ws.channels()) {
            ObjectNode ch = channels.addObject();
            ch.put("name", c.name());
            ArrayNode samples = ch.putArray("samples");
            for (SampleSpec s : c.samples()) {
                ObjectNode sample = samples.addObject();
                sample.put("name", s.name());
                sample.set("data", array(s.data()));
                ArrayNode mods = sample.putArray("modifiers");
                s.modifiers().forEach(m -> mods.add(modifier(m)));
            }
        }
        ArrayNode measurements = root.putArray("measurements");
        for (MeasurementSpec m : ws.measurements()) {
            ObjectNode meas = measurements.addObject();
            meas.put("name", m.name());
            ObjectNode config = meas.putObject("config");
            config.put("poi", m.poi());
            ArrayNode params = config.putArray("parameters");
            m.parameters().forEach(p -> params.add(parameter(p)));
        }
        ArrayNode observations = root.putArray("observations");
        for (ObservationSpec o : ws.observations()) {
            ObjectNode obs = observations.addObject();
            obs.put("name", o.name());
            obs.set("data", array(o.data()));
        }
        root.put("version", ws.version());
        return root;
    }

    static ObjectNode modifier(ModifierSpec m) {
        ObjectNode n = F.objectNode();
        n.put("name", m.name());
        n.put("type", m.type());
        if (m instanceof ModifierSpec.NormSys s) {
            ObjectNode d = n.putObject("data");
            d.put("hi", s.hi());
            d.put("lo", s.lo());
        } else if (m instanceof ModifierSpec.HistoSys h) {
            ObjectNode d = n.putObject("data");
            d.set("hi_data", array(h.hiData()));
            d.set("lo_data", array(h.loData()));
        } else if (m instanceof ModifierSpec.ShapeSys s) {
            n.set("data", array(s.data()));
        } else if (m instanceof ModifierSpec.StatError s) {
            n.set("data", array(s.data()));
        } else {
            n.putNull("data");
        }
        return n;
    }

    static ObjectNode parameter(ParameterConfig p) {
        ObjectNode n = F.objectNode();
        n.put("name", p.name());
        if (p.inits() != null) {
            n.set("inits", array(p.inits()));
        }
        if (p.bounds() != null) {
            ArrayNode b = n.putArray("bounds");
            for (double[] pair : p.bounds()) {
                b.add(array(pair));
            }
        }
        if (p.fixed() != null) {
            n.put("fixed", p.fixed());
        }
        if (p.auxdata() != null) {
            n.set("auxdata", array(p.auxdata()));
        }
        if (p.sigmas() != null) {
            n.set("sigmas", array(p.sigmas()));
        }
        if (p.factors() != null) {
            n.set("factors", array(p.factors()));
        }
        return n;
    }

    private static ArrayNode array(double[] values) {
        ArrayNode a = F.arrayNode(values.length);
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    /** Pretty JSON text (two-space indent, one element per line, trailing newline). */
    public static String toPrettyString(JsonNode node) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JsonSource.mapper().writer().with(pp).writeValueAsString(node) + "\n";
    }

    /** Pretty JSON text of a workspace given as records. */
    public static String toPrettyString(WorkspaceSpec ws) {
        return toPrettyString(toJson(ws));
    }
}
