package org.darkflav.physics.param;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.darkflav.physics.PhysicsInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the parameter files (bundled resources or user files) as JSON trees, with clear errors. */
public final class JsonInputs {

    /** Folder of the bundled data files, relative to the class path root. */
    public static final String DATA_ROOT = "/org/darkflav/physics/data/";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonInputs() {}

    /** A bundled data file, e.g. {@code pdg2024/pdg2024_masses_lifetimes.json}. */
    public static JsonNode resource(String relativePath) {
        String path = DATA_ROOT + relativePath;
        try (InputStream in = JsonInputs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled data file missing from the class path: " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + path, e);
        }
    }

    /** A user-supplied file; syntax errors become a {@link PhysicsInputException} naming the file. */
    public static JsonNode file(Path path) {
        try {
            return MAPPER.readTree(Files.readString(path));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PhysicsInputException("no such file: " + path, e);
        } catch (IOException e) {
            throw new PhysicsInputException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new PhysicsInputException("not valid JSON: " + path + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A required field; its absence is reported with the file and field name. */
    public static JsonNode require(JsonNode node, String field, String where) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            throw new PhysicsInputException(where + ": missing field '" + field + "'");
        }
        return child;
    }

    /** A required number field. */
    public static double number(JsonNode node, String field, String where) {
        JsonNode child = require(node, field, where);
        if (!child.isNumber()) {
            throw new PhysicsInputException(where + ": field '" + field + "' must be a number, got " + child);
        }
        return child.doubleValue();
    }

    /** A JSON array of numbers of the given length. */
    public static double[] numbers(JsonNode array, int length, String where) {
        if (array == null || !array.isArray() || array.size() != length) {
            throw new PhysicsInputException(where + ": expected an array of " + length + " numbers, got " + array);
        }
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            if (!array.get(i).isNumber()) {
                throw new PhysicsInputException(where + "[" + i + "]: expected a number, got " + array.get(i));
            }
            out[i] = array.get(i).doubleValue();
        }
        return out;
    }

    /** A square JSON matrix of numbers. */
    public static double[][] matrix(JsonNode array, int n, String where) {
        if (array == null || !array.isArray() || array.size() != n) {
            throw new PhysicsInputException(where + ": expected a " + n + "x" + n + " matrix");
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = numbers(array.get(i), n, where + "[" + i + "]");
        }
        return out;
    }
}
