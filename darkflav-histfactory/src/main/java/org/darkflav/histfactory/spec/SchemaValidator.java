package org.darkflav.histfactory.spec;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against pyhf's own JSON schemas (bundled, Apache-2.0, see the README next to
 * them), offline. Workspaces and JSON patches are first checked by {@link SchemaShape}, the schemas
 * written out as code; a document that passes there is valid, and only the others, and the kinds of
 * document not written out, go to the general draft-06 validator ({@link DraftSixValidator}), which is
 * loaded on first use.
 *
 * <p>Of the validator's errors the single most useful one is reported, as one {@link SpecException}
 * with the JSON pointer of the offending element.
 */
public final class SchemaValidator {

    /** The kinds of pyhf document, named after their schema file. */
    public enum Document {
        WORKSPACE("workspace.json"),
        PATCHSET("patchset.json"),
        JSONPATCH("jsonpatch.json"),
        MODEL("model.json"),
        MEASUREMENT("measurement.json");

        private final String file;

        Document(String file) {
            this.file = file;
        }

        String file() {
            return file;
        }
    }

    /** Schema versions bundled with darkflav. */
    public static final Set<String> VERSIONS = Set.of("1.0.0", "1.1.0");

    static final List<String> MODIFIER_TYPES =
            List.of("histosys", "lumi", "normfactor", "normsys", "shapefactor", "shapesys", "staterror");

    private SchemaValidator() {}

    /**
     * Validates {@code doc} against the schema of {@code kind} in {@code version}.
     *
     * @throws SpecException naming {@code source} and the JSON pointer of the first problem
     */
    public static void validate(JsonNode doc, Document kind, String version, String source) {
        if (!VERSIONS.contains(version)) {
            throw SpecException.at(source, "/version", "unsupported pyhf schema version '" + version
                    + "'; darkflav reads versions " + String.join(", ", VERSIONS.stream().sorted().toList()));
        }
        if (!SchemaShape.conforms(doc, kind, version)) {
            DraftSixValidator.validate(doc, kind, version, source);
        }
    }
}
