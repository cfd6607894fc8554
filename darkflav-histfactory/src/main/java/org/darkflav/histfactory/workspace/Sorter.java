package org.darkflav.histfactory.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.darkflav.histfactory.spec.CanonicalJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** pyhf's {@code Workspace.sorted}: stable sorts by name (modifiers by name, then type). */
final class Sorter {

    private static final Comparator<JsonNode> BY_NAME = Comparator.comparing(n -> n.get("name").asString(),
            CanonicalJson::compareCodePoints);
    private static final Comparator<JsonNode> BY_NAME_TYPE = BY_NAME.thenComparing(n -> n.get("type").asString(),
            CanonicalJson::compareCodePoints);

    private Sorter() {}

    static JsonNode sorted(JsonNode in) {
        ObjectNode out = (ObjectNode) in.deepCopy();
        sort(out, "channels", BY_NAME);
        for (JsonNode c : out.get("channels")) {
            sort((ObjectNode) c, "samples", BY_NAME);
            for (JsonNode s : c.get("samples")) {
                sort((ObjectNode) s, "modifiers", BY_NAME_TYPE);
            }
        }
        sort(out, "measurements", BY_NAME);
        for (JsonNode m : out.get("measurements")) {
            sort((ObjectNode) m.get("config"), "parameters", BY_NAME);
        }
        sort(out, "observations", BY_NAME);
        return out;
    }

    private static void sort(ObjectNode parent, String key, Comparator<JsonNode> order) {
        List<JsonNode> items = new ArrayList<>();
        parent.get(key).forEach(items::add);
        items.sort(order);
        ArrayNode arr = parent.putArray(key);
        items.forEach(arr::add);
    }
}
