package org.darkflav.histfactory.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON documents into Jackson trees with errors a user can act on: syntax errors name file,
 * line and column; duplicate object keys are rejected (Python would silently keep the last one).
 * {@code NaN} and {@code Infinity} are accepted by the parser (Python's {@code json.dumps} writes them)
 * so that the semantic checks can point at the exact offending number.
 *
 * <p>The tree is built from the token stream here, as {@code ObjectMapper.readTree} builds it (the same
 * node types), without a databind mapper: setting one up was the largest single cost of a short
 * command's start. {@link #mapper()} is made on first use, for writers that need one.
 */
public final class JsonSource {

    // The JDK's Double.parseDouble, not Jackson's fast double parser: both round correctly, and in a
    // fresh JVM the JDK's, already loaded, read the Belle II workspace's numbers in 50 ms CPU, not 85.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSource() {}

    /** A mapper with the reading rules above (made when first asked for); immutable and shared. */
    public static JsonMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** {@code text} as a JSON string literal, quotes and escapes included, for snippets in messages. */
    public static String quoted(String text) {
        return mapper().writeValueAsString(text);
    }

    /** Reads a file; its file name labels error messages. */
    public static JsonNode read(Path file) {
        String label = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SpecException(label, "", "no such file", e);
        } catch (IOException e) {
            throw new SpecException(label, "", "cannot read file: " + e.getMessage(), e);
        }
        return parse(bytes, label);
    }

    /** Reads a stream (not closed); {@code label} names it in error messages, e.g. {@code <stdin>}. */
    public static JsonNode read(InputStream in, String label) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new SpecException(label, "", "cannot read: " + e.getMessage(), e);
        }
        return parse(bytes, label);
    }

    /** Parses a string; {@code label} names it in error messages. */
    public static JsonNode parse(String json, String label) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            return document(p, label);
        } catch (JacksonException e) {
            throw syntaxError(label, e);
        }
    }

    private static JsonNode parse(byte[] bytes, String label) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            return document(p, label);
        } catch (JacksonException e) {
            throw syntaxError(label, e);
        }
    }

    /** One JSON value and nothing after it; an empty document is the missing node. */
    private static JsonNode document(JsonParser p, String label) {
        JsonToken first = p.nextToken();
        if (first == null) {
            return MissingNode.getInstance();
        }
        JsonNode root = value(p, first);
        if (p.nextToken() != null) {
            TokenStreamLocation loc = p.currentTokenLocation();
            throw new SpecException(label, "", "invalid JSON at line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr() + ": more content after the end of the document (check the file is"
                    + " one complete JSON value, e.g. with 'python3 -m json.tool')", null);
        }
        return root;
    }

    /** The value starting at {@code token}, with the node types of databind's tree reader. */
    private static JsonNode value(JsonParser p, JsonToken token) {
        switch (token) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    a.add(value(p, t));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return p.getNumberTypeFP() == JsonParser.NumberTypeFP.BIG_DECIMAL
                        ? NODES.numberNode(p.getDecimalValue()) : NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private static SpecException syntaxError(String label, JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0
                ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String what = e.getOriginalMessage();
        if (what == null || what.isBlank()) {
            what = "malformed JSON";
        }
        // Jackson messages can span lines (source excerpts); keep the first line only.
        int nl = what.indexOf('\n');
        if (nl >= 0) {
            what = what.substring(0, nl);
        }
        return new SpecException(label, "", "invalid JSON" + where + ": " + what
                + " (check the file is complete, valid JSON, e.g. with 'python3 -m json.tool')", e);
    }
}
