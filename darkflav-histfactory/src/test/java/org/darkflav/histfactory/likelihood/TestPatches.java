package org.darkflav.histfactory.likelihood;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Applies the RFC 6902 'add' and 'remove' (array) operations of HEPData signal patches (test scope, until the real JsonPatch is wired in). */
final class TestPatches {
    private TestPatches() {}

    static JsonNode apply(JsonNode doc, JsonNode ops) {
        JsonNode root = doc.deepCopy();
        for (JsonNode op : ops) {
            String kind = op.get("op").asString();
            String path = op.get("path").asString();
            int cut = path.lastIndexOf('/');
            JsonNode parent = root.at(path.substring(0, cut));
            String last = path.substring(cut + 1);
            if (kind.equals("remove")) {
                ((ArrayNode) parent).remove(Integer.parseInt(last));
            } else if (!kind.equals("add")) {
                throw new IllegalArgumentException("test patches use 'add' and 'remove' only");
            } else if (parent instanceof ArrayNode a) {
                if (last.equals("-")) {
                    a.add(op.get("value"));
                } else {
                    a.insert(Integer.parseInt(last), op.get("value"));
                }
            } else {
                ((ObjectNode) parent).set(last, op.get("value"));
            }
        }
        return root;
    }
}
