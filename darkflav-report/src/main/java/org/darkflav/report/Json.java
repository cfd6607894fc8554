package org.darkflav.report;

import org.darkflav.histfactory.spec.JsonText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON output of the CLI: pretty-printed, finite numbers only. */
public final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array(double... values) {
        ArrayNode a = NODES.arrayNode();
        for (double v : values) {
            number(a, v);
        }
        return a;
    }

    /** Adds a number; NaN and infinities (not valid JSON) become null. */
    public static void number(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }

    /** Sets a number; NaN and infinities (not valid JSON) become null. */
    public static ObjectNode put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
        return o;
    }

    /** Sets a five-value expected band (−2σ … +2σ) as an array. */
    public static void band(ObjectNode o, String key, org.darkflav.infer.ExpectedBand band) {
        o.set(key, array(band.toArray()));
    }

    public static String pretty(JsonNode node) {
        return JsonText.pretty(node) + System.lineSeparator();
    }
}
