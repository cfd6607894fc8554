package org.darkflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tree a run registers ({@link CommandTree#forArguments}) behaves as the full tree for its arguments. */
class CommandTreeTest {

    static List<List<String>> arguments() {
        String ws = CliRun.workspace("pyhf_validation/1bin_shapesys.json");
        return List.of(List.of(), List.of("--version"), List.of("-V"), List.of("--help"), List.of("-h"),
                List.of("fit", "--help"), List.of("hypotest", "--help"), List.of("patchset", "list", "--help"),
                List.of("model", "b3l3", "--help"), List.of("model"), List.of("fitt", ws), List.of("nosuch", "--help"),
                List.of("fit"), List.of("--version", "fit"), List.of("inspect", ws), List.of("fit", ws, "--json"),
                List.of("hypotest", ws, "--mu", "1", "--json"), List.of("--", "fit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void sameOutputAndExitCodeAsTheFullTree(List<String> args) {
        String[] a = args.toArray(String[]::new);
        CliRun full = CliRun.on(Main.commandLine(), a);
        CliRun lazy = CliRun.on(Main.commandLine(a), a);
        assertThat(lazy).isEqualTo(full);
    }

    @Test
    void aRunNamingItsCommandRegistersOnlyThatOne() {
        Set<String> names = Main.commandLine().getSubcommands().keySet();
        assertThat(names).contains("fit", "hypotest", "inspect", "reproduce", "rates");
        for (String name : names) {
            assertThat(Main.commandLine(new String[] {name, "--help"}).getSubcommands()).containsOnlyKeys(name);
        }
        assertThat(Main.commandLine(new String[] {"--version"}).getSubcommands()).isEmpty();
    }
}
