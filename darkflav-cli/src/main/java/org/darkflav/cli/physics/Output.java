package org.darkflav.cli.physics;

import java.io.PrintWriter;
import java.util.Map;
import org.darkflav.histfactory.spec.JsonText;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Prints a result either as one JSON object or as an aligned two-column table. */
final class Output {

    private Output() {}

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void print(PrintWriter out, boolean json, ObjectNode result, String title) {
        if (json) {
            out.println(JsonText.compact(result));
        } else {
            out.println(title);
            printTable(out, result, "  ");
        }
        out.flush();
    }

    private static void printTable(PrintWriter out, ObjectNode node, String indent) {
        for (Map.Entry<String, tools.jackson.databind.JsonNode> e : node.properties()) {
            if (e.getValue() instanceof ObjectNode child) {
                out.println(indent + e.getKey() + ":");
                printTable(out, child, indent + "  ");
            } else if (e.getValue().isIntegralNumber()) {
                out.printf("%s%-28s %d%n", indent, e.getKey(), e.getValue().longValue());
            } else if (e.getValue().isNumber()) {
                out.printf("%s%-28s %.6g%n", indent, e.getKey(), e.getValue().doubleValue());
            } else {
                out.printf("%s%-28s %s%n", indent, e.getKey(), e.getValue().asString());
            }
        }
    }
}
