package org.darkflav.histfactory.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A pyhf patch set (schema {@code patchset.json}): metadata (description, labels, digests of the
 * workspace the patches belong to, references) and named patches, each with one value per label.
 * Semantics follow pyhf's {@code PatchSet}: names and value tuples must be unique, every patch has as
 * many values as there are labels, and {@link #apply} first verifies the workspace digests (an error on
 * mismatch, as in pyhf) unless told otherwise.
 */
public final class PatchSet {

    /**
     * One patch of the set.
     *
     * @param name {@code metadata.name}
     * @param values {@code metadata.values}, numbers or strings, one per label of the set
     * @param patch the JSON Patch operations
     */
    public record Patch(String name, List<JsonNode> values, JsonPatch patch) {
        public Patch {
            values = List.copyOf(values);
        }

        /** The values as text, numbers written as Python would ({@code 1300} or {@code 2.5}). */
        public List<String> valueStrings() {
            return values.stream().map(PatchSet::valueText).toList();
        }
    }

    private final String source;
    private final String version;
    private final String description;
    private final List<String> labels;
    private final Map<String, String> digests;
    private final Map<String, String> references;
    private final List<Patch> patches;

    private PatchSet(String source, JsonNode root, List<Patch> patches) {
        JsonNode meta = root.get("metadata");
        this.source = source;
        this.version = root.get("version").asString();
        this.description = meta.get("description").asString();
        this.labels = meta.get("labels").valueStream().map(JsonNode::asString).toList();
        this.digests = strings(meta.get("digests"));
        this.references = strings(meta.get("references"));
        this.patches = List.copyOf(patches);
    }

    private static Map<String, String> strings(JsonNode obj) {
        Map<String, String> out = new LinkedHashMap<>();
        obj.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Reads and validates a patch set file. */
    public static PatchSet read(Path file) {
        return fromJson(JsonSource.read(file), file.toString());
    }

    /** Validates a parsed patch set; {@code source} names it in messages. */
    public static PatchSet fromJson(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw SpecException.at(source, "", "a pyhf patch set must be a JSON object with metadata, patches"
                    + " and version" + (root != null && root.isArray() ? " (this looks like a plain JSON patch)" : ""));
        }
        JsonNode v = root.get("version");
        String version = v != null && v.isString() && SchemaValidator.VERSIONS.contains(v.asString())
                ? v.asString() : "1.0.0";
        SchemaValidator.validate(root, SchemaValidator.Document.PATCHSET, version, source);
        int nLabels = root.get("metadata").get("labels").size();
        List<Patch> patches = new ArrayList<>();
        JsonNode list = root.get("patches");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = "/patches/" + i;
            JsonNode meta = p.get("metadata");
            List<JsonNode> values = meta.get("values").valueStream().toList();
            String name = meta.get("name").asString();
            if (values.size() != nLabels) {
                throw SpecException.at(source, at + "/metadata/values", "patch '" + name + "' has " + values.size()
                        + " values but the patch set has " + nLabels + " labels; give one value per label");
            }
            Patch patch = new Patch(name, values, JsonPatch.fromJson(p.get("patch"), source, at + "/patch"));
            checkUnique(patches, patch, source, at);
            patches.add(patch);
        }
        return new PatchSet(source, root, patches);
    }

    private static void checkUnique(List<Patch> earlier, Patch patch, String source, String at) {
        for (Patch e : earlier) {
            if (e.name().equals(patch.name())) {
                throw SpecException.at(source, at + "/metadata/name", "two patches are named '" + patch.name()
                        + "'; patch names must be unique");
            }
            if (sameValues(e.values(), patch.values())) {
                throw SpecException.at(source, at + "/metadata/values", "patches '" + e.name() + "' and '"
                        + patch.name() + "' have the same values " + patch.valueStrings() + "; values must be unique");
            }
        }
    }

    /** Python tuple equality: numbers compare by value (1300 == 1300.0), strings exactly. */
    private static boolean sameValues(List<JsonNode> a, List<JsonNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!JsonEquality.equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static String valueText(JsonNode v) {
        if (v.isString()) {
            return v.asString();
        }
        return v.isIntegralNumber() ? v.bigIntegerValue().toString() : PythonFloat.repr(v.asDouble());
    }

    public String version() {
        return version;
    }

    public String description() {
        return description;
    }

    public List<String> labels() {
        return labels;
    }

    /** Digests (algorithm → hex) of the workspace the patches apply to. */
    public Map<String, String> digests() {
        return digests;
    }

    public Map<String, String> references() {
        return references;
    }

    public List<Patch> patches() {
        return patches;
    }

    /** The patch called {@code name}. */
    public Optional<Patch> byName(String name) {
        return patches.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The patch whose values equal {@code values} (numbers by value, strings exactly). */
    public Optional<Patch> byValues(List<JsonNode> values) {
        return patches.stream().filter(p -> sameValues(p.values(), values)).findFirst();
    }

    /**
     * pyhf's lookup: first by name, then by values given as text (numbers parsed, e.g. {@code 1300,205,60}).
     *
     * @throws SpecException naming the known patches when nothing matches
     */
    public Patch get(String key) {
        Optional<Patch> p = byName(key);
        if (p.isPresent()) {
            return p.get();
        }
        List<JsonNode> values = new ArrayList<>();
        for (String s : key.split(",", -1)) {
            values.add(parseValue(s.trim()));
        }
        return byValues(values).orElseThrow(() -> SpecException.at(source, "/patches", "no patch is named or has values '"
                + key + "'; known patches include " + String.join(", ",
                        patches.stream().limit(5).map(Patch::name).toList())
                + " (labels " + labels + "; list them all with 'darkflav patchset list')"));
    }

    private static JsonNode parseValue(String s) {
        try {
            return tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(s));
        } catch (NumberFormatException e) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(s);
        }
    }

    /**
     * Checks every digest of the set against the workspace (pyhf's {@code PatchSet.verify}).
     *
     * @throws SpecException on the first mismatch
     */
    public void verify(JsonNode workspace) {
        for (Map.Entry<String, String> d : digests.entrySet()) {
            String actual = Digests.of(workspace, d.getKey());
            if (!actual.equalsIgnoreCase(d.getValue())) {
                throw SpecException.at(source, "/metadata/digests/" + d.getKey(), "the workspace does not match this"
                        + " patch set: its " + d.getKey() + " digest is " + actual + " but the patch set expects "
                        + d.getValue() + "; use the background-only workspace published with the patch set");
            }
        }
    }

    /** Verifies the digests (if {@code verify}) and applies the patch selected by {@code key}. */
    public JsonNode apply(JsonNode workspace, String key, boolean verify) {
        if (verify) {
            verify(workspace);
        }
        return get(key).patch().apply(workspace);
    }

    public String source() {
        return source;
    }
}
