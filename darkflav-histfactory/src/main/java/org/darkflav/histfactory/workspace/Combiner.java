package org.darkflav.histfactory.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.darkflav.histfactory.spec.JsonEquality;
import org.darkflav.histfactory.spec.SpecException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** pyhf's {@code Workspace.combine} with its join semantics, on JSON trees. */
final class Combiner {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Combiner() {}

    static ObjectNode combine(Workspace left, Workspace right, Join join, boolean mergeChannels) {
        String label = left.source() + " + " + right.source();
        if (mergeChannels && join == Join.NONE) {
            throw SpecException.at(label, "", "channels can only be merged with the 'outer', 'left outer' or"
                    + " 'right outer' join; not 'none'");
        }
        JsonNode l = left.json();
        JsonNode r = right.json();
        String lv = l.get("version").asString();
        String rv = r.get("version").asString();
        if (!lv.equals(rv)) {
            throw SpecException.at(label, "/version", "workspaces of different versions cannot be combined: "
                    + lv + " != " + rv);
        }
        ObjectNode out = F.objectNode();
        out.set("channels", checked(join, joinItems(join, l.get("channels"), r.get("channels"),
                mergeChannels ? "samples" : null), l.get("channels"), r.get("channels"), "channels", label));
        out.set("measurements", measurements(join, l.get("measurements"), r.get("measurements"), label));
        out.set("observations", checked(join, joinItems(join, l.get("observations"), r.get("observations"), null),
                l.get("observations"), r.get("observations"), "observations", label));
        out.put("version", lv);
        return out;
    }

    /** pyhf's {@code _join_items}: primary items first, then secondary items as the join allows. */
    static ArrayNode joinItems(Join join, JsonNode leftItems, JsonNode rightItems, String deepMergeKey) {
        JsonNode primary = join == Join.RIGHT_OUTER ? rightItems : leftItems;
        JsonNode secondary = join == Join.RIGHT_OUTER ? leftItems : rightItems;
        ArrayNode joined = (ArrayNode) primary.deepCopy();
        List<String> keys = new ArrayList<>();
        joined.forEach(i -> keys.add(i.get("name").asString()));
        for (JsonNode item : secondary) {
            String name = item.get("name").asString();
            int at = keys.indexOf(name);
            if (at >= 0 && deepMergeKey != null) {
                ObjectNode target = (ObjectNode) joined.get(at);
                target.set(deepMergeKey, joinItems(Join.LEFT_OUTER, target.get(deepMergeKey),
                        item.get(deepMergeKey), null));
            } else if (join == Join.NONE
                    || (join == Join.OUTER && !contains(primary, item))
                    || ((join == Join.LEFT_OUTER || join == Join.RIGHT_OUTER) && at < 0)) {
                joined.add(item.deepCopy());
            }
        }
        return joined;
    }

    private static boolean contains(JsonNode items, JsonNode item) {
        for (JsonNode i : items) {
            if (JsonEquality.equal(i, item)) {
                return true;
            }
        }
        return false;
    }

    private static ArrayNode checked(Join join, ArrayNode joined, JsonNode left, JsonNode right, String what,
            String label) {
        if (join == Join.NONE) {
            TreeSet<String> common = names(left);
            common.retainAll(names(right));
            if (!common.isEmpty()) {
                throw SpecException.at(label, "/" + what, "workspaces cannot have any " + what + " in common with"
                        + " the same name: " + common + "; rename them first ('darkflav rename') or try another join"
                        + " (outer, left outer, right outer)");
            }
        } else if (join == Join.OUTER) {
            List<String> dup = duplicates(joined);
            if (!dup.isEmpty()) {
                throw SpecException.at(label, "/" + what, "workspaces cannot have " + what + " in common with"
                        + " incompatible structure: " + dup + "; the same name holds different content in the two"
                        + " workspaces. Rename one, or use 'left outer' / 'right outer' to keep one side");
            }
        }
        return joined;
    }

    private static ArrayNode measurements(Join join, JsonNode left, JsonNode right, String label) {
        ArrayNode joined = checked(join, joinItems(join, left, right, null), left, right, "measurements", label);
        if (join != Join.OUTER) {
            return joined;
        }
        Map<String, List<JsonNode>> byName = new LinkedHashMap<>();
        joined.forEach(m -> byName.computeIfAbsent(m.get("name").asString(), k -> new ArrayList<>()).add(m));
        ArrayNode out = F.arrayNode();
        for (Map.Entry<String, List<JsonNode>> e : byName.entrySet()) {
            List<JsonNode> ms = e.getValue();
            if (ms.size() == 1) {
                out.add(ms.get(0));
                continue;
            }
            TreeSet<String> pois = new TreeSet<>();
            ms.forEach(m -> pois.add(m.get("config").get("poi").asString()));
            if (pois.size() > 1) {
                throw SpecException.at(label, "/measurements", "workspaces cannot have the same measurement '"
                        + e.getKey() + "' with incompatible POIs " + pois + "; rename one of the measurements");
            }
            ArrayNode params = joinItems(Join.OUTER, ms.get(0).get("config").get("parameters"),
                    ms.get(1).get("config").get("parameters"), null);
            List<String> dup = duplicates(params);
            if (!dup.isEmpty()) {
                throw SpecException.at(label, "/measurements", "workspaces cannot have a measurement ('" + e.getKey()
                        + "') with incompatible parameter configs: " + dup + "; make the configurations agree");
            }
            ObjectNode m = out.addObject();
            m.put("name", e.getKey());
            ObjectNode config = m.putObject("config");
            config.put("poi", pois.first());
            config.set("parameters", params);
        }
        return out;
    }

    private static TreeSet<String> names(JsonNode items) {
        TreeSet<String> out = new TreeSet<>();
        items.forEach(i -> out.add(i.get("name").asString()));
        return out;
    }

    private static List<String> duplicates(JsonNode items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        items.forEach(i -> counts.merge(i.get("name").asString(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
