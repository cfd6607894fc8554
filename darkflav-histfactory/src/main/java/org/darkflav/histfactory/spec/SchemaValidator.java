package org.darkflav.histfactory.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against pyhf's own JSON schemas (bundled, Apache-2.0, see the README next to
 * them), offline: the prefix {@code https://scikit-hep.org/pyhf/schemas/} is mapped to the classpath.
 * The schemas are draft-06; the 1.1.0 files declare a draft 2020-12 URI that no validator knows
 * (pyhf's own validator also uses draft-06 semantics for them), so every schema is read as draft-06.
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
    }

    /** Schema versions bundled with darkflav. */
    public static final Set<String> VERSIONS = Set.of("1.0.0", "1.1.0");

    static final String PREFIX = "https://scikit-hep.org/pyhf/schemas/";
    private static final String CLASSPATH = "classpath:org/darkflav/histfactory/schemas/";
    static final List<String> MODIFIER_TYPES =
            List.of("histosys", "lumi", "normfactor", "normsys", "shapefactor", "shapesys", "staterror");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_6,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                    .schemaIdResolvers(r -> r.mapPrefix(PREFIX, CLASSPATH))
                    .defaultDialectId("http://json-schema.org/draft-06/schema#")
                    .dialectRegistry(new BasicDialectRegistry(id -> Dialects.getDraft6())));

    private static final ConcurrentMap<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

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
        Schema schema = SCHEMAS.computeIfAbsent(version + "/" + kind.file,
                k -> REGISTRY.getSchema(SchemaLocation.of(PREFIX + k)));
        List<Error> errors = schema.validate(doc);
        if (!errors.isEmpty()) {
            throw SchemaErrors.explain(errors, doc, kind, source);
        }
    }
}
