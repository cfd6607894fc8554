package org.darkflav.histfactory.spec;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns the validator's error list into one message. A bad modifier fails every branch of the
 * schema's {@code anyOf}; the message then comes from the branch of the modifier's declared type, or
 * says that the type is unknown.
 */
final class SchemaErrors {

    private static final Pattern MODIFIER = Pattern.compile("^/channels/\\d+/samples/\\d+/modifiers/\\d+");

    private SchemaErrors() {}

    static SpecException explain(List<Error> errors, JsonNode doc, SchemaValidator.Document kind, String source) {
        Error first = errors.get(0);
        String at = pointer(first);
        Matcher m = MODIFIER.matcher(at);
        if (kind == SchemaValidator.Document.WORKSPACE && m.find()) {
            String modPath = m.group();
            SpecException modifierError = explainModifier(errors, doc, modPath, source);
            if (modifierError != null) {
                return modifierError;
            }
        }
        Error best = errors.stream()
                .filter(e -> !"anyOf".equals(e.getKeyword()) && !"oneOf".equals(e.getKeyword()))
                .max(Comparator.comparingInt(e -> pointer(e).length()))
                .orElse(first);
        return SpecException.at(source, pointer(best), "does not match pyhf's " + kind.name().toLowerCase()
                + " schema: " + message(best) + hint(best));
    }

    private static SpecException explainModifier(List<Error> errors, JsonNode doc, String modPath, String source) {
        JsonNode mod = doc.at(modPath);
        JsonNode type = mod.get("type");
        if (!mod.isObject() || type == null || !type.isString()) {
            return SpecException.at(source, modPath, "a modifier must be an object with 'name', 'type' and 'data'"
                    + " (type one of " + String.join(", ", SchemaValidator.MODIFIER_TYPES) + ")");
        }
        String t = type.asString();
        if (!SchemaValidator.MODIFIER_TYPES.contains(t)) {
            return SpecException.at(source, modPath + "/type", "unknown modifier type '" + t + "'; pyhf schema 1.0.0"
                    + " knows " + String.join(", ", SchemaValidator.MODIFIER_TYPES));
        }
        List<Error> branch = new ArrayList<>();
        for (Error e : errors) {
            String loc = String.valueOf(e.getSchemaLocation());
            if (loc.contains("/modifier/" + t) && pointer(e).startsWith(modPath)) {
                branch.add(e);
            }
        }
        if (branch.isEmpty()) {
            return null;
        }
        Error best = branch.stream().max(Comparator.comparingInt(e -> pointer(e).length())).orElseThrow();
        return SpecException.at(source, pointer(best), "invalid " + t + " modifier: " + message(best) + hint(best));
    }

    static String pointer(Error e) {
        String p = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
            p = p + "/" + e.getProperty();
        }
        return p;
    }

    /** The validator's message without its leading location (we print the pointer ourselves). */
    private static String message(Error e) {
        String msg = e.getMessage();
        String loc = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        if (!loc.isEmpty() && msg.startsWith(loc + ": ")) {
            msg = msg.substring(loc.length() + 2);
        }
        return msg;
    }

    private static String hint(Error e) {
        return switch (e.getKeyword()) {
            case "additionalProperties" -> " (remove the property '" + e.getProperty()
                    + "' or fix its spelling)";
            case "required" -> " (add the missing property)";
            case "type" -> " (fix the value's JSON type)";
            case "minItems" -> " (the array must not be empty)";
            case "const" -> pointerEndsWith(e, "/version") ? " (darkflav reads pyhf workspaces of version 1.0.0)" : "";
            default -> "";
        };
    }

    private static boolean pointerEndsWith(Error e, String suffix) {
        return pointer(e).endsWith(suffix);
    }
}
