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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.databind.JsonNode;

/**
 * The general JSON-schema validator (networknt) on pyhf's bundled schemas: the prefix
 * {@code https://scikit-hep.org/pyhf/schemas/} is mapped to the classpath. The schemas are draft-06;
 * the 1.1.0 files declare a draft 2020-12 URI that no validator knows (pyhf's own validator also uses
 * draft-06 semantics for them), so every schema is read as draft-06.
 */
final class DraftSixValidator {

    static final String PREFIX = "https://scikit-hep.org/pyhf/schemas/";
    private static final String CLASSPATH = "classpath:org/darkflav/histfactory/schemas/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_6,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                    .schemaIdResolvers(r -> r.mapPrefix(PREFIX, CLASSPATH))
                    .defaultDialectId("http://json-schema.org/draft-06/schema#")
                    .dialectRegistry(new BasicDialectRegistry(id -> Dialects.getDraft6())));

    private static final ConcurrentMap<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private DraftSixValidator() {}

    /** The validator's errors for {@code doc} (empty if it is valid). */
    static List<Error> errors(JsonNode doc, SchemaValidator.Document kind, String version) {
        Schema schema = SCHEMAS.computeIfAbsent(version + "/" + kind.file(),
                k -> REGISTRY.getSchema(SchemaLocation.of(PREFIX + k)));
        return schema.validate(doc);
    }

    /** Validates {@code doc}; throws the most useful error as a {@link SpecException} naming {@code source}. */
    static void validate(JsonNode doc, SchemaValidator.Document kind, String version, String source) {
        List<Error> errors = errors(doc, kind, version);
        if (!errors.isEmpty()) {
            throw SchemaErrors.explain(errors, doc, kind, source);
        }
    }
}
