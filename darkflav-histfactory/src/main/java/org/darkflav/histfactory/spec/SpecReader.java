package org.darkflav.histfactory.spec;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads pyhf JSON workspaces: JSON syntax, then pyhf's schema (bundled, validated offline), then
 * semantic checks (see {@link SpecChecks} for the policy). Every problem is one {@link SpecException}
 * naming the file and the JSON pointer; warnings (e.g. parameter configurations naming no modifier)
 * are returned (and logged at debug level) by the {@code *WithWarnings} methods.
 *
 * {@snippet :
 * WorkspaceSpec spec = SpecReader.read(Path.of("BkgOnly.json"));
 * }
 */
public final class SpecReader {

    private static final Logger LOG = LoggerFactory.getLogger(SpecReader.class);

    /** A read workspace: the records, the JSON tree they came from (not to be mutated) and the warnings. */
    public record Result(WorkspaceSpec spec, JsonNode json, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private SpecReader() {}

    /** Reads and checks a workspace file. */
    public static WorkspaceSpec read(Path file) {
        return readWithWarnings(file).spec();
    }

    /** Reads and checks a workspace from a stream (not closed); {@code label} names it in messages. */
    public static WorkspaceSpec read(InputStream in, String label) {
        return fromTree(JsonSource.read(in, label), label).spec();
    }

    /** Reads and checks a workspace given as JSON text; {@code label} names it in messages. */
    public static WorkspaceSpec readString(String json, String label) {
        return fromTree(JsonSource.parse(json, label), label).spec();
    }

    /** As {@link #read(Path)}, also returning the JSON tree and the warnings. */
    public static Result readWithWarnings(Path file) {
        return fromTree(JsonSource.read(file), file.toString());
    }

    /** As {@link #read(InputStream, String)}, also returning the JSON tree and the warnings. */
    public static Result readWithWarnings(InputStream in, String label) {
        return fromTree(JsonSource.read(in, label), label);
    }

    /**
     * JSON has no NaN or Infinity, but Python writes them, 1e999 overflows and an integer may have 400
     * digits: reject them with their pointer.
     */
    static void requireFinite(JsonNode node, String at, String label) {
        if (!allFinite(node)) {
            locateNonFinite(node, at, label);
        }
    }

    /** A walk that builds no pointers: every number of a workspace is visited, and almost all are finite. */
    private static boolean allFinite(JsonNode node) {
        if (node.isNumber()) {
            return Double.isFinite(doubleValue(node));
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                if (!allFinite(child)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void locateNonFinite(JsonNode node, String at, String label) {
        if (node.isNumber()) {
            double v = doubleValue(node);
            if (node.isBigInteger() && !Double.isFinite(v)) {
                String digits = node.bigIntegerValue().abs().toString();
                throw SpecException.at(label, at, "the integer " + digits.substring(0, 12) + "... ("
                        + digits.length() + " digits) is too large for a double (at most about 1.8e308);"
                        + " fix the value where the file was produced");
            }
            if (!Double.isFinite(v)) {
                throw SpecException.at(label, at, "number is " + v + "; every number must be finite"
                        + " (JSON has no NaN or Infinity; fix the value where the file was produced)");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                locateNonFinite(node.get(i), at + "/" + i, label);
            }
        } else if (node.isObject()) {
            for (var e : node.properties()) {
                locateNonFinite(e.getValue(), at + "/" + JsonPointer.escape(e.getKey()), label);
            }
        }
    }

    /** The number as a double; an integer beyond a double's range is infinite (asDouble would throw). */
    private static double doubleValue(JsonNode number) {
        return number.isBigInteger() ? new java.math.BigDecimal(number.bigIntegerValue()).doubleValue()
                : number.asDouble();
    }

    /** Validates and checks an already parsed tree. */
    public static Result fromTree(JsonNode root, String label) {
        if (root == null || root.isMissingNode()) {
            throw new SpecException(label, "", "empty document; expected a pyhf workspace (a JSON object with"
                    + " channels, observations, measurements and version)", null);
        }
        if (!root.isObject()) {
            throw new SpecException(label, "", "expected a pyhf workspace (a JSON object), found a JSON "
                    + root.getNodeType().toString().toLowerCase()
                    + (root.isArray() ? " (a JSON patch? apply it to a workspace with --patch)" : ""), null);
        }
        if (root.has("patches") && root.has("metadata") && !root.has("channels")) {
            throw new SpecException(label, "", "this is a pyhf patch set, not a workspace; apply one of its patches"
                    + " to the background-only workspace ('darkflav patchset apply WORKSPACE PATCHSET --name NAME')", null);
        }
        JsonNode version = root.get("version");
        String v = version != null && version.isString() ? version.asString() : "1.0.0";
        if (!SchemaValidator.VERSIONS.contains(v)) {
            v = "1.0.0"; // let the schema's const report the bad version
        }
        requireFinite(root, "", label);
        SchemaValidator.validate(root, SchemaValidator.Document.WORKSPACE, v, label);
        WorkspaceSpec spec = SpecParser.workspace(root);
        List<String> warnings = SpecChecks.run(spec, label);
        warnings.forEach(LOG::debug); // callers present them (Result.warnings, Workspace.warnings)
        return new Result(spec, root, warnings);
    }
}
