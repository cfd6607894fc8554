package org.darkflav.histfactory.spec;

import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * pyhf's workspace and JSON Patch schemas (versions 1.0.0 and 1.1.0, draft-06 semantics, see the
 * bundled {@code defs.json}) written out as direct checks of the JSON tree: a pass over the document
 * with no schema machinery, so a valid workspace is accepted without loading the general validator
 * (a fifth of a second at every start, and most of a large workspace's validation time).
 *
 * <p>The checks are the schema's, keyword by keyword: {@code type} (a JSON number, integral or not,
 * is a "number", NaN and ±Infinity are not), {@code required}, {@code additionalProperties: false}, {@code minItems},
 * {@code const}, the modifier {@code anyOf} (whose branches each fix {@code type} to one name, so the
 * declared type selects the branch) and the patch operation {@code oneOf}. Note what the schema does
 * not say: a sample may have no modifiers; a parameter's bounds are arrays of numbers of any length
 * (their {@code minItems: 2} sits on the number schema, where it has no effect). A document that fails
 * here goes to the general validator, which has the last word and writes the message; so this class
 * must never accept what the schema rejects (tested against the validator on the bad-input corpus and
 * on seeded random mutations of valid documents).
 */
final class SchemaShape {

    private static final Set<String> WORKSPACE = Set.of("channels", "measurements", "observations", "version");
    private static final Set<String> CHANNEL = Set.of("name", "samples");
    private static final Set<String> SAMPLE = Set.of("name", "data", "modifiers");
    private static final Set<String> MODIFIER = Set.of("name", "type", "data");
    private static final Set<String> HISTOSYS_DATA = Set.of("lo_data", "hi_data");
    private static final Set<String> NORMSYS_DATA = Set.of("lo", "hi");
    private static final Set<String> MEASUREMENT = Set.of("name", "config");
    private static final Set<String> CONFIG = Set.of("poi", "parameters");
    private static final Set<String> PARAMETER_REQUIRED = Set.of("name");
    private static final Set<String> PARAMETER =
            Set.of("name", "inits", "bounds", "auxdata", "factors", "sigmas", "fixed");
    private static final Set<String> OBSERVATION = Set.of("name", "data");

    private SchemaShape() {}

    /** Whether {@code doc} satisfies the schema of {@code kind}; false also for kinds not written out here. */
    static boolean conforms(JsonNode doc, SchemaValidator.Document kind, String version) {
        return switch (kind) {
            case WORKSPACE -> workspace(doc, version);
            case JSONPATCH -> arrayOf(doc, SchemaShape::patchOperation);
            default -> false;
        };
    }

    private static boolean workspace(JsonNode w, String version) {
        return object(w, WORKSPACE, WORKSPACE)
                && nonEmptyArrayOf(w.get("channels"), SchemaShape::channel)
                && nonEmptyArrayOf(w.get("measurements"), SchemaShape::measurement)
                && nonEmptyArrayOf(w.get("observations"), SchemaShape::observation)
                && constant(w.get("version"), version);
    }

    private static boolean channel(JsonNode c) {
        return object(c, CHANNEL, CHANNEL) && string(c.get("name")) && nonEmptyArrayOf(c.get("samples"), SchemaShape::sample);
    }

    private static boolean sample(JsonNode s) {
        return object(s, SAMPLE, SAMPLE) && string(s.get("name")) && numbers(s.get("data"))
                && arrayOf(s.get("modifiers"), SchemaShape::modifier);
    }

    private static boolean modifier(JsonNode m) {
        if (!object(m, MODIFIER, MODIFIER) || !m.get("type").isString()) {
            return false;
        }
        JsonNode name = m.get("name");
        JsonNode data = m.get("data");
        return switch (m.get("type").asString()) {
            case "histosys" -> string(name) && object(data, HISTOSYS_DATA, HISTOSYS_DATA)
                    && numbers(data.get("lo_data")) && numbers(data.get("hi_data"));
            case "normsys" -> string(name) && object(data, NORMSYS_DATA, NORMSYS_DATA)
                    && number(data.get("lo")) && number(data.get("hi"));
            case "lumi" -> constant(name, "lumi") && data.isNull();
            case "normfactor", "shapefactor" -> string(name) && data.isNull();
            case "shapesys", "staterror" -> string(name) && numbers(data);
            default -> false;
        };
    }

    private static boolean measurement(JsonNode m) {
        return object(m, MEASUREMENT, MEASUREMENT) && string(m.get("name")) && config(m.get("config"));
    }

    private static boolean config(JsonNode c) {
        return object(c, CONFIG, CONFIG) && string(c.get("poi")) && arrayOf(c.get("parameters"), SchemaShape::parameter);
    }

    private static boolean parameter(JsonNode p) {
        return object(p, PARAMETER_REQUIRED, PARAMETER) && string(p.get("name"))
                && optional(p.get("inits"), SchemaShape::numbers)
                && optional(p.get("bounds"), b -> nonEmptyArrayOf(b, pair -> arrayOf(pair, SchemaShape::number)))
                && optional(p.get("auxdata"), SchemaShape::numbers)
                && optional(p.get("factors"), SchemaShape::numbers)
                && optional(p.get("sigmas"), SchemaShape::numbers)
                && optional(p.get("fixed"), JsonNode::isBoolean);
    }

    private static boolean observation(JsonNode o) {
        return object(o, OBSERVATION, OBSERVATION) && string(o.get("name")) && numbers(o.get("data"));
    }

    /** One operation: exactly one branch of the schema's oneOf, chosen by {@code op}; other members are free. */
    private static boolean patchOperation(JsonNode op) {
        if (!op.isObject() || !op.has("op") || !string(op.get("path")) || !op.get("op").isString()) {
            return false;
        }
        return switch (op.get("op").asString()) {
            case "add", "replace", "test" -> op.has("value");
            case "remove" -> true;
            case "move", "copy" -> string(op.get("from"));
            default -> false;
        };
    }

    /** An object with every {@code required} member and no member outside {@code allowed}. */
    private static boolean object(JsonNode node, Set<String> required, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (String r : required) {
            if (!node.has(r)) {
                return false;
            }
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean arrayOf(JsonNode node, Predicate<JsonNode> item) {
        if (node == null || !node.isArray()) {
            return false;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!item.test(node.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonEmptyArrayOf(JsonNode node, Predicate<JsonNode> item) {
        return arrayOf(node, item) && !node.isEmpty();
    }

    /** A non-empty array of numbers ({@code minItems: 1}, items {@code type: number}). */
    private static boolean numbers(JsonNode node) {
        return nonEmptyArrayOf(node, SchemaShape::number);
    }

    /**
     * A JSON number. NaN and ±Infinity (which the reader lets through, for precise messages later, and
     * which a number too large for a double becomes) are not: the general validator rejects them too.
     */
    private static boolean number(JsonNode node) {
        return node.isNumber() && (!node.isFloatingPointNumber() || Double.isFinite(node.asDouble()));
    }

    private static boolean string(JsonNode node) {
        return node != null && node.isString();
    }

    private static boolean constant(JsonNode node, String value) {
        return string(node) && node.asString().equals(value);
    }

    /** An absent member passes; a present one (JSON null included) must satisfy {@code check}. */
    private static boolean optional(JsonNode node, Predicate<JsonNode> check) {
        return node == null || check.test(node);
    }
}
