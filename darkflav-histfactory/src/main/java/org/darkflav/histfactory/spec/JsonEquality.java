package org.darkflav.histfactory.spec;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** JSON value equality as RFC 6902's test operation defines it: numbers compare by value (1 equals 1.0). */
public final class JsonEquality {

    private JsonEquality() {}

    public static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            if (!Double.isFinite(a.asDouble()) || !Double.isFinite(b.asDouble())) {
                return a.asDouble() == b.asDouble();
            }
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                JsonNode other = b.get(e.getKey());
                if (other == null || !equal(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
