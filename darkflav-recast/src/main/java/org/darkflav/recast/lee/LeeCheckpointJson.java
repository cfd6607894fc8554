package org.darkflav.recast.lee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of checkpoint files. Numbers are written in Java's shortest round-trip form, so a chunk read
 * back equals the chunk written to the last bit; a failed fit's NaN is written as null.
 */
final class LeeCheckpointJson {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String RUN_FORMAT = "darkflav-lee-run/1";
    private static final String CHUNK_FORMAT = "darkflav-lee-chunk/1";

    private LeeCheckpointJson() { }

    static String run(LeeSetup setup, ToyScan observed) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", RUN_FORMAT);
        o.put("analysis", setup.analysis());
        o.set("masses_GeV", numbers(setup.masses()));
        o.put("toys", setup.toys());
        o.put("seed", setup.seed());
        o.put("chunk_size", setup.chunkSize());
        o.set("observed_q0", numbers(observed.q0()));
        o.put("observed_fits", observed.fits());
        return MAPPER.writeValueAsString(o) + "\n";
    }

    static LeeSetup setup(JsonNode run, Path file) {
        requireFormat(run, RUN_FORMAT, file);
        try {
            return new LeeSetup(text(run, "analysis", file), doubles(field(run, "masses_GeV", file), file),
                    field(run, "toys", file).asInt(), field(run, "seed", file).asLong(),
                    field(run, "chunk_size", file).asInt());
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(file + ": " + e.getMessage(), e);
        }
    }

    static ToyScan observed(JsonNode run, LeeSetup setup, Path file) {
        double[] q0 = doubles(field(run, "observed_q0", file), file);
        if (q0.length != setup.masses().length) {
            throw new CheckpointException(file + ": observed_q0 has " + q0.length + " entries for "
                    + setup.masses().length + " masses");
        }
        return new ToyScan(ToyScan.OBSERVED, q0, field(run, "observed_fits", file).asInt(), false);
    }

    static String chunk(LeeChunk chunk, LeeSetup setup) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", CHUNK_FORMAT);
        o.put("chunk", chunk.chunk());
        o.put("seed", setup.seed());
        ArrayNode toys = o.putArray("toys");
        for (ToyScan t : chunk.toys()) {
            ObjectNode n = toys.addObject();
            n.put("toy", t.toy());
            n.put("failed", t.failed());
            n.put("fits", t.fits());
            n.set("q0", numbers(t.q0()));
        }
        return MAPPER.writeValueAsString(o) + "\n";
    }

    /** Chunk {@code expected} read from {@code file}, checked against the setup. */
    static LeeChunk chunk(JsonNode node, LeeSetup setup, int expected, Path file) {
        requireFormat(node, CHUNK_FORMAT, file);
        if (field(node, "chunk", file).asInt() != expected || field(node, "seed", file).asLong() != setup.seed()) {
            throw new CheckpointException(file + " is not chunk " + expected + " of this run (seed " + setup.seed()
                    + "); remove it to redo its toys");
        }
        JsonNode toys = field(node, "toys", file);
        int first = setup.firstToy(expected);
        if (!toys.isArray() || toys.size() != setup.toysIn(expected)) {
            throw new CheckpointException(file + ": expected " + setup.toysIn(expected) + " toys; remove it to redo them");
        }
        List<ToyScan> scans = new ArrayList<>(toys.size());
        for (int i = 0; i < toys.size(); i++) {
            JsonNode t = toys.get(i);
            double[] q0 = doubles(field(t, "q0", file), file);
            if (field(t, "toy", file).asInt() != first + i || q0.length != setup.masses().length) {
                throw new CheckpointException(file + ": toy entry " + i + " is not toy " + (first + i) + " with "
                        + setup.masses().length + " masses; remove the file to redo its toys");
            }
            scans.add(new ToyScan(first + i, q0, field(t, "fits", file).asInt(), field(t, "failed", file).asBoolean()));
        }
        return new LeeChunk(expected, scans);
    }

    private static void requireFormat(JsonNode node, String format, Path file) {
        JsonNode f = node.get("format");
        if (f == null || !format.equals(f.asString())) {
            throw new CheckpointException(file + " is not a darkflav look-elsewhere file of format " + format);
        }
    }

    private static JsonNode field(JsonNode node, String name, Path file) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new CheckpointException(file + ": missing '" + name + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String name, Path file) {
        return field(node, name, file).asString();
    }

    /** A JSON list of numbers, non-finite ones as null. */
    static ArrayNode numbers(double[] values) {
        ArrayNode a = MAPPER.createArrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a;
    }

    private static double[] doubles(JsonNode array, Path file) {
        if (!array.isArray()) {
            throw new CheckpointException(file + ": expected a list of numbers, got " + array);
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = array.get(i);
            out[i] = v.isNull() ? Double.NaN : v.asDouble();
        }
        return out;
    }
}
