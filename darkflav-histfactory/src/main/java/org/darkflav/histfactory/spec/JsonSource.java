package org.darkflav.histfactory.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON documents into Jackson trees with errors a user can act on: syntax errors name file,
 * line and column; duplicate object keys are rejected (Python would silently keep the last one).
 * {@code NaN} and {@code Infinity} are accepted by the parser (Python's {@code json.dumps} writes them)
 * so that the semantic checks can point at the exact offending number.
 */
public final class JsonSource {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonSource() {}

    /** The shared, immutable mapper configured as above. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** {@code text} as a JSON string literal, quotes and escapes included, for snippets in messages. */
    public static String quoted(String text) {
        return MAPPER.writeValueAsString(text);
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
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw syntaxError(label, e);
        }
    }

    /** Reads a stream (not closed); {@code label} names it in error messages, e.g. {@code <stdin>}. */
    public static JsonNode read(InputStream in, String label) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new SpecException(label, "", "cannot read: " + e.getMessage(), e);
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw syntaxError(label, e);
        }
    }

    /** Parses a string; {@code label} names it in error messages. */
    public static JsonNode parse(String json, String label) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw syntaxError(label, e);
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
