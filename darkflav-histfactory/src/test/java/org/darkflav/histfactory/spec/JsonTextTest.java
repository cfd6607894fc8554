package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link JsonSource} builds the tree databind's {@code readTree} builds (same node types and values), and
 * {@link JsonText} writes what a mapper writes, on every shipped JSON document and on a tree with every
 * kind of node; the mapper is the reference.
 */
class JsonTextTest {

    private static final JsonMapper MAPPER = JsonSource.mapper();

    static Stream<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("workspaces", "bad", "patchsets")) {
            try (Stream<Path> all = Files.walk(TestWorkspaces.resource(folder))) {
                all.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsAndWritesAsTheMapperDoes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode reference;
        try {
            reference = MAPPER.readTree(bytes);
        } catch (tools.jackson.core.JacksonException e) {
            assertThat(catchThrowableOfType(SpecException.class, () -> JsonSource.read(file))).isNotNull();
            return;
        }
        JsonNode tree = JsonSource.read(file);
        assertThat(tree).isEqualTo(reference);
        if (tree.isMissingNode()) {
            return; // an empty file: nothing to write
        }
        assertThat(JsonText.pretty(tree)).isEqualTo(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        assertThat(JsonText.compact(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
    }

    @Test
    void everyKindOfNodeIsReadAndWrittenAsByTheMapper() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("int", 3).put("long", 1L << 40).put("big", new BigInteger("123456789012345678901234567890"))
                .put("double", 0.1).put("tiny", 4.9e-324).put("whole", 2.0).put("float", 1.5f)
                .put("decimal", new BigDecimal("1.2300")).put("yes", true).put("no", false).putNull("nothing")
                .put("text", "a \"quoted\" \\ line\nwith ünïcödé and \u0001");
        o.putArray("empty");
        o.putObject("nested").putArray("list").add(1).add(f.arrayNode()).add(f.objectNode().put("x", -0.0));
        assertThat(JsonText.pretty(o)).isEqualTo(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        assertThat(JsonText.compact(o)).isEqualTo(MAPPER.writeValueAsString(o));
        String text = "{\"a\": [1, 2147483648, 12345678901234567890123, 1.5, -0.0, 1e400, NaN, \"s\", true, null, {}]}";
        assertThat(JsonSource.parse(text, "t")).isEqualTo(MAPPER.readTree(text));
    }

    @Test
    void contentAfterTheDocumentAndEmptyDocuments() {
        SpecException e = catchThrowableOfType(SpecException.class, () -> JsonSource.parse("{} {}", "two.json"));
        assertThat(e.getMessage()).contains("two.json").contains("line 1, column 4")
                .contains("more content after the end of the document");
        assertThat(JsonSource.parse("  \n", "blank").isMissingNode()).isTrue();
    }
}
