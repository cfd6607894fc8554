package org.darkflav.histfactory.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.darkflav.histfactory.spec.SpecException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * pyhf's {@code Workspace._prune_and_rename} on the JSON tree: every name to prune or rename must exist;
 * pruning a channel also drops its observation, renaming it renames the observation; pruned or renamed
 * modifiers are pruned or renamed in the measurements' parameter configurations and POI too.
 */
final class PruneRename {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PruneRename() {}

    static ObjectNode apply(Workspace ws, Pruning p, Renaming r) {
        checkExist(ws.modifierTypes(), p.modifierTypes(), "modifier type", ws.source());
        checkExist(ws.modifierNames(), concat(p.modifiers(), r.modifiers().keySet()), "modifier", ws.source());
        checkExist(ws.sampleNames(), concat(p.samples(), r.samples().keySet()), "sample", ws.source());
        checkExist(ws.channelNames(), concat(p.channels(), r.channels().keySet()), "channel", ws.source());
        checkExist(ws.measurementNames(), concat(p.measurements(), r.measurements().keySet()), "measurement",
                ws.source());
        JsonNode in = ws.json();
        ObjectNode out = F.objectNode();
        out.set("channels", channels(in.get("channels"), p, r));
        out.set("measurements", measurements(in.get("measurements"), p, r));
        ArrayNode obs = out.putArray("observations");
        for (JsonNode o : in.get("observations")) {
            String name = o.get("name").asString();
            if (!p.channels().contains(name)) {
                ObjectNode copy = (ObjectNode) o.deepCopy();
                copy.put("name", r.channels().getOrDefault(name, name));
                obs.add(copy);
            }
        }
        out.set("version", in.get("version").deepCopy());
        return out;
    }

    private static ArrayNode channels(JsonNode channels, Pruning p, Renaming r) {
        ArrayNode out = F.arrayNode();
        for (JsonNode c : channels) {
            String cname = c.get("name").asString();
            if (p.channels().contains(cname)) {
                continue;
            }
            ObjectNode ch = out.addObject();
            ch.put("name", r.channels().getOrDefault(cname, cname));
            ArrayNode samples = ch.putArray("samples");
            for (JsonNode s : c.get("samples")) {
                String sname = s.get("name").asString();
                if (p.samples().contains(sname)) {
                    continue;
                }
                ObjectNode sample = samples.addObject();
                sample.put("name", r.samples().getOrDefault(sname, sname));
                sample.set("data", s.get("data").deepCopy());
                ArrayNode mods = sample.putArray("modifiers");
                for (JsonNode m : s.get("modifiers")) {
                    String mname = m.get("name").asString();
                    if (p.modifiers().contains(mname) || p.modifierTypes().contains(m.get("type").asString())) {
                        continue;
                    }
                    mods.add(renamed(m, r.modifiers()));
                }
            }
        }
        return out;
    }

    private static ArrayNode measurements(JsonNode measurements, Pruning p, Renaming r) {
        ArrayNode out = F.arrayNode();
        for (JsonNode m : measurements) {
            String name = m.get("name").asString();
            if (p.measurements().contains(name)) {
                continue;
            }
            ObjectNode meas = out.addObject();
            meas.put("name", r.measurements().getOrDefault(name, name));
            ObjectNode config = meas.putObject("config");
            ArrayNode params = config.putArray("parameters");
            for (JsonNode par : m.get("config").get("parameters")) {
                if (!p.modifiers().contains(par.get("name").asString())) {
                    params.add(renamed(par, r.modifiers()));
                }
            }
            String poi = m.get("config").get("poi").asString();
            config.put("poi", r.modifiers().getOrDefault(poi, poi));
        }
        return out;
    }

    private static ObjectNode renamed(JsonNode item, Map<String, String> names) {
        ObjectNode copy = (ObjectNode) item.deepCopy();
        String name = item.get("name").asString();
        copy.put("name", names.getOrDefault(name, name));
        return copy;
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void checkExist(Set<String> known, List<String> asked, String what, String source) {
        for (String name : asked) {
            if (!known.contains(name)) {
                throw SpecException.at(source, "", "'" + name + "' is not one of the " + what + "s in this workspace"
                        + " (known: " + String.join(", ", known.stream().sorted().limit(12).toList())
                        + (known.size() > 12 ? ", ..." : "") + ")");
            }
        }
    }
}
