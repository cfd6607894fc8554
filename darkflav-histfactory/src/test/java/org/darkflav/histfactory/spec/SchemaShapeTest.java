package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link SchemaShape} (pyhf's workspace and JSON Patch schemas as code) gives the general validator's
 * verdict, valid or not, on every shipped document, on the bad-input corpus, and on seeded random
 * mutations of valid documents. It must never accept what the schema rejects; it should accept what the
 * schema accepts, or valid workspaces would pay for the general validator after all.
 */
class SchemaShapeTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Path BAD = TestWorkspaces.resource("bad");

    static Stream<Path> workspaces() {
        List<Path> files = new ArrayList<>(TestWorkspaces.allWorkspaces());
        BadInput.all(BAD).stream().filter(c -> c.kind().equals("workspace") || c.kind().equals("warning"))
                .map(c -> BAD.resolve(c.file())).forEach(files::add);
        files.add(BAD.resolve("good_base.json"));
        return files.stream();
    }

    static Stream<Path> patches() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(TestWorkspaces.resource("workspaces"))) {
            all.filter(p -> p.getFileName().toString().startsWith("patch.")).sorted().forEach(files::add);
        }
        BadInput.all(BAD).stream().filter(c -> c.kind().equals("patch")).map(c -> BAD.resolve(c.file()))
                .forEach(files::add);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workspaces")
    void workspaceVerdictIsTheValidatorsOnShippedAndBadFiles(Path file) {
        JsonNode doc = parseOrNull(file);
        if (doc != null) {
            assertSameVerdict(doc, SchemaValidator.Document.WORKSPACE, "1.0.0");
        }
    }

    @Test
    void everyShippedWorkspaceTakesTheFastPath() {
        for (Path file : TestWorkspaces.allWorkspaces()) {
            assertThat(SchemaShape.conforms(JsonSource.read(file), SchemaValidator.Document.WORKSPACE, "1.0.0"))
                    .as(file.toString()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patches")
    void patchVerdictIsTheValidatorsOnShippedAndBadPatches(Path file) {
        JsonNode doc = parseOrNull(file);
        if (doc != null) {
            assertSameVerdict(doc, SchemaValidator.Document.JSONPATCH, "1.0.0");
        }
    }

    @Test
    void randomMutationsOfAWorkspaceGetTheValidatorsVerdict() {
        JsonNode base = JsonSource.read(BAD.resolve("good_base.json"));
        SplittableRandom random = new SplittableRandom(20240611L);
        int rejected = 0;
        for (int i = 0; i < 2000; i++) {
            JsonNode doc = base.deepCopy();
            for (int k = random.nextInt(1, 3); k > 0; k--) {
                doc = mutate(doc, random);
            }
            String version = random.nextInt(4) == 0 ? "1.1.0" : "1.0.0";
            rejected += assertSameVerdict(doc, SchemaValidator.Document.WORKSPACE, version) ? 0 : 1;
        }
        // the mutations must exercise both verdicts, mostly the rejecting one
        assertThat(rejected).isBetween(1000, 1990);
    }

    @Test
    void randomPatchOperationsGetTheValidatorsVerdict() {
        SplittableRandom random = new SplittableRandom(7L);
        String[] ops = {"add", "remove", "replace", "move", "copy", "test", "delete", ""};
        String[] members = {"op", "path", "value", "from", "comment"};
        int accepted = 0;
        for (int i = 0; i < 1200; i++) {
            ArrayNode patch = NODES.arrayNode();
            for (int k = random.nextInt(0, 3); k > 0; k--) {
                ObjectNode op = NODES.objectNode();
                for (String member : members) {
                    if (random.nextInt(4) != 0) {
                        op.set(member, member.equals("op") && random.nextInt(5) != 0
                                ? NODES.stringNode(ops[random.nextInt(ops.length)]) : randomValue(random));
                    }
                }
                patch.add(random.nextInt(30) == 0 ? randomValue(random) : op);
            }
            accepted += assertSameVerdict(patch, SchemaValidator.Document.JSONPATCH, "1.0.0") ? 1 : 0;
        }
        assertThat(accepted).isBetween(100, 1100);
    }

    /** Asserts that both agree; returns the verdict. */
    private static boolean assertSameVerdict(JsonNode doc, SchemaValidator.Document kind, String version) {
        boolean valid = DraftSixValidator.errors(doc, kind, version).isEmpty();
        assertThat(SchemaShape.conforms(doc, kind, version)).as("%s %s", kind, doc).isEqualTo(valid);
        return valid;
    }

    /** One random change somewhere in the tree: a member removed, added or renamed, a value replaced. */
    private static JsonNode mutate(JsonNode root, SplittableRandom random) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.propertyNames());
            String known = KNOWN_NAMES[random.nextInt(KNOWN_NAMES.length)];
            switch (random.nextInt(4)) {
                case 0 -> { if (!names.isEmpty()) { o.remove(names.get(random.nextInt(names.size()))); } }
                case 1 -> o.set(known, randomValue(random));
                case 2 -> {
                    if (!names.isEmpty()) {
                        String name = names.get(random.nextInt(names.size()));
                        JsonNode value = o.remove(name);
                        o.set(known, value);
                    }
                }
                default -> { if (!names.isEmpty()) { o.set(names.get(random.nextInt(names.size())), randomValue(random)); } }
            }
        } else if (target instanceof ArrayNode a) {
            switch (random.nextInt(3)) {
                case 0 -> a.removeAll();
                case 1 -> { if (!a.isEmpty()) { a.set(random.nextInt(a.size()), randomValue(random)); } }
                default -> a.add(a.isEmpty() ? randomValue(random) : a.get(random.nextInt(a.size())).deepCopy());
            }
        }
        return root;
    }

    private static final String[] KNOWN_NAMES = {"name", "type", "data", "samples", "modifiers", "channels",
        "observations", "measurements", "version", "config", "poi", "parameters", "inits", "bounds", "auxdata",
        "factors", "sigmas", "fixed", "lo", "hi", "lo_data", "hi_data", "comment"};

    private static final String[] STRINGS = {"lumi", "normsys", "histosys", "normfactor", "shapefactor",
        "shapesys", "staterror", "normfactr", "1.0.0", "1.1.0", "mu", "add", "remove", "/channels/0", ""};

    private static JsonNode randomValue(SplittableRandom random) {
        return switch (random.nextInt(13)) {
            case 11 -> NODES.arrayNode().add(Double.NaN).add(1);
            case 12 -> JsonSource.parse("[1e400, 2]", "huge");
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(-3, 50));
            case 3 -> NODES.numberNode(random.nextDouble() * 10);
            case 4 -> NODES.stringNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 5 -> NODES.arrayNode();
            case 6 -> NODES.arrayNode().add(1.5).add(2);
            case 7 -> NODES.arrayNode().add(NODES.arrayNode().add(0).add(10));
            case 8 -> NODES.arrayNode().add("x");
            case 9 -> NODES.objectNode();
            default -> NODES.objectNode().put("lo", 0.9).put("hi", 1.1);
        };
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainer()) {
            out.add(node);
            for (JsonNode child : node) {
                collectContainers(child, out);
            }
        }
    }

    private static JsonNode parseOrNull(Path file) {
        try {
            return JsonSource.read(file);
        } catch (SpecException e) {
            return null; // not JSON: the schema never sees it
        } catch (UncheckedIOException e) {
            throw e;
        }
    }
}
