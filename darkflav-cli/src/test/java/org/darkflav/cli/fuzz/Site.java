package org.darkflav.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A node of a JSON tree with its parent and place, so that a mutation can remove or replace it. */
record Site(JsonNode node, JsonNode parent, String key, int index, String pointer) {

    /** Every node of the tree, the root first (its parent is null). */
    static List<Site> all(JsonNode root) {
        List<Site> out = new ArrayList<>();
        collect(root, null, null, -1, "", out);
        return out;
    }

    private static void collect(JsonNode n, JsonNode parent, String key, int index, String pointer, List<Site> out) {
        out.add(new Site(n, parent, key, index, pointer));
        if (n.isObject()) {
            for (var e : new ArrayList<>(n.properties())) {
                collect(e.getValue(), n, e.getKey(), -1, pointer + "/" + e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), n, key, i, pointer + "/" + i, out);
            }
        }
    }

    void remove() {
        if (parent instanceof ArrayNode a) {
            a.remove(index);
        } else {
            ((ObjectNode) parent).remove(key);
        }
    }

    void replace(JsonNode value) {
        if (parent instanceof ArrayNode a) {
            a.set(index, value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
    }
}
