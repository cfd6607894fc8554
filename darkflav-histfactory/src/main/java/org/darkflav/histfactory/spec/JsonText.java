package org.darkflav.histfactory.spec;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;

/**
 * Writes Jackson trees as JSON text with jackson-core's generator, as a databind mapper writes them
 * ({@code writeValueAsString}, with or without its default pretty printer) but without setting one up,
 * which short commands cannot afford (see {@link JsonSource}).
 */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    /** The tree indented by Jackson's default pretty printer, no line break at the end. */
    public static String pretty(JsonNode node) {
        return text(node, new DefaultPrettyPrinter());
    }

    /** The tree on one line, no spaces. */
    public static String compact(JsonNode node) {
        return text(node, null);
    }

    private static String text(JsonNode node, PrettyPrinter printer) {
        StringWriter out = new StringWriter();
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return printer;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return printer != null;
            }
        };
        try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
            write(node, g);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator g) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (var e : node.properties()) {
                    g.writeName(e.getKey());
                    write(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : node) {
                    write(item, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.asString());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> number(node, g);
            default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
        }
    }

    private static void number(JsonNode node, JsonGenerator g) {
        switch (node.numberType()) {
            case INT -> g.writeNumber(node.intValue());
            case LONG -> g.writeNumber(node.longValue());
            case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
            case FLOAT -> g.writeNumber(node.floatValue());
            case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
            default -> g.writeNumber(node.doubleValue());
        }
    }
}
