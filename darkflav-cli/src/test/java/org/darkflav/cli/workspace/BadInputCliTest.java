package org.darkflav.cli.workspace;

import org.darkflav.histfactory.spec.BadInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad-input corpus through the CLI: exit code 2, one error line with the JSON pointer, no stack trace. */
class BadInputCliTest {

    private static final Path BAD = CliRun.resource("bad");

    static List<BadInput> cases() {
        return BadInput.all(BAD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitCodeTwoAndOneClearLine(BadInput c) {
        String file = BAD.resolve(c.file()).toString();
        String base = BAD.resolve("good_base.json").toString();
        CliRun r = switch (c.kind()) {
            case "workspace", "warning" -> CliRun.run("inspect", file);
            case "patch" -> CliRun.run("inspect", base, "--patch", file);
            case "patchset" -> CliRun.run("patchset", "apply", base, file, "--name", "p1");
            default -> throw new IllegalArgumentException(c.kind());
        };
        if (c.kind().equals("warning")) {
            assertThat(r.exitCode()).isZero();
            assertThat(r.err()).contains("warning").contains(c.fragment()).contains(c.pointer());
            return;
        }
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("darkflav ").contains(": error: ").contains(c.fragment())
                .contains(c.pointer()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }
}
