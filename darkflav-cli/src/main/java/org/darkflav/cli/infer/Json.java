package org.darkflav.cli.infer;

import org.darkflav.histfactory.spec.JsonText;
import org.darkflav.infer.ExpectedBand;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for JSON output; non-finite numbers become {@code null} (JSON has no NaN). */
final class Json {

    private Json() { }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    static ArrayNode array(ObjectNode node, String key, double[] values) {
        ArrayNode a = node.putArray(key);
        for (double v : values) {
            add(a, v);
        }
        return a;
    }

    static void band(ObjectNode node, String key, ExpectedBand band) {
        array(node, key, band.toArray());
    }

    static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }

    static String write(ObjectNode node) {
        return JsonText.pretty(node);
    }
}
