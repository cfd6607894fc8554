package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.darkflav.histfactory.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed input of {@code bad/} gives one clear SpecException naming file, JSON pointer and problem. */
class BadInputCorpusTest {

    private static final Path BAD = TestWorkspaces.resource("bad");

    static List<BadInput> cases() {
        return BadInput.all(BAD);
    }

    @Test
    void corpusIsLargeAndTheBaseIsGood() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(SpecReader.readWithWarnings(BAD.resolve("good_base.json")).warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesOneClearMessage(BadInput c) {
        Path file = BAD.resolve(c.file());
        if (c.kind().equals("warning")) {
            List<String> warnings = SpecReader.readWithWarnings(file).warnings();
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains(c.fragment()).contains(c.pointer() + ": ")
                    .contains(c.file()));
            return;
        }
        SpecException e = catchThrowableOfType(SpecException.class, () -> run(c.kind(), file));
        assertThat(e).as("%s must fail", c.file()).isNotNull();
        assertThat(e.getMessage()).contains(c.fragment()).doesNotContain("\n");
        assertThat(e.jsonPath()).isEqualTo(c.pointer());
        assertThat(e.getMessage()).contains(c.file().equals("good_base.json") ? "good_base" : fileOrBase(c));
    }

    private static String fileOrBase(BadInput c) {
        // A patch whose result is no valid workspace is reported against the patched base workspace.
        return c.file().equals("patch_breaks_workspace.json") ? "good_base.json (patched)" : c.file();
    }

    private static void run(String kind, Path file) {
        switch (kind) {
            case "workspace" -> SpecReader.read(file);
            case "patch" -> Workspace.read(BAD.resolve("good_base.json")).withPatch(JsonPatch.read(file));
            case "patchset" -> Workspace.read(BAD.resolve("good_base.json")).withPatch(PatchSet.read(file), "p1");
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }
}
