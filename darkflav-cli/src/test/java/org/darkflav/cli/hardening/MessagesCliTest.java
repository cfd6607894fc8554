package org.darkflav.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.darkflav.cli.hardening.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.darkflav.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Messages are one line, short, and cannot be forged by names; inputs may be streams. */
class MessagesCliTest {

    @TempDir Path dir;

    private String withPoi(String poi) {
        ObjectNode ws = Fixtures.tree(Fixtures.NORMSYS);
        ((ObjectNode) ws.at("/measurements/0/config")).put("poi", poi);
        return Fixtures.write(dir.resolve("ws.json"), ws).toString();
    }

    @Test
    void aHugeNameGivesAShortLine() {
        CliRun r = CliRun.of("fit", withPoi("p".repeat(1_000_000)));
        assertRefused(r, "'" + "p".repeat(80) + "…(1000000 chars)'");
        assertThat(r.err().length()).isLessThan(1000);
    }

    @Test
    void controlAndBidiCharactersInNamesCannotForgeLinesOrColours() {
        CliRun r = CliRun.of("fit", withPoi("mu\ndarkflav fit: error: forged\u001b[31m\u202e"));
        assertRefused(r, "mu\\ndarkflav fit: error: forged\\u001b[31m\\u202e");
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u202e");
    }

    @Test
    void namesInTablesAndWarningsAreEscapedToo() {
        String evil = "mu\u001b[2J\u202e";
        ObjectNode ws = Fixtures.tree(Fixtures.NORMSYS);
        ((ObjectNode) ws.at("/channels/0/samples/0/modifiers/0")).put("name", evil);
        ((ObjectNode) ws.at("/measurements/0/config")).put("poi", evil);
        ws.withArray("/measurements/0/config/parameters").addObject().put("name", "typo\u001b[31m").put("fixed", true);
        String file = Fixtures.write(dir.resolve("evil.json"), ws).toString();
        for (String command : new String[] {"fit", "inspect", "pulls"}) {
            CliRun r = CliRun.of(command, file);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out() + r.err()).as(command).doesNotContain("\u001b").doesNotContain("\u202e")
                    .contains("mu\\u001b[2J\\u202e");
        }
    }

    @Test
    void internalErrorsAndParseErrorsAreOneLineToo() {
        CliRun r = CliRun.of("fit", "--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("(see 'darkflav fit --help')");
    }

    @Test
    void missingInputsAndFoldersAsInputs() {
        assertRefused(CliRun.of("fit", dir.resolve("nope.json").toString()), "no such file: ");
        assertRefused(CliRun.of("fit", dir.toString()), "it is a directory");
        assertRefused(CliRun.of("fit", ""), "the input file name is empty");
    }

    @Test
    void standardInputAndNamedPipesAreReadAsStreams() throws Exception {
        String ws = Fixtures.text(Fixtures.NORMSYS);
        CliRun stdin = Fixtures.withStdin(ws, "fit", "-", "--json");
        assertThat(stdin.exitCode()).as(stdin.err()).isZero();
        Path fifo = dir.resolve("ws.pipe");
        assumeTrue(Fixtures.run("mkfifo", fifo.toString()), "mkfifo not available");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> Fixtures.write(fifo, ws));
        CliRun piped = CliRun.of("fit", fifo.toString(), "--json");
        writer.get(20, TimeUnit.SECONDS);
        assertThat(piped.exitCode()).as(piped.err()).isZero();
        assertThat(piped.out()).isEqualTo(stdin.out().replace("\"workspace\" : \"-\"", "\"workspace\" : \"" + fifo + "\""));
        Path patchPipe = dir.resolve("patch.pipe");
        assumeTrue(Fixtures.run("mkfifo", patchPipe.toString()));
        Path file = Files.writeString(dir.resolve("ws.json"), ws);
        CompletableFuture<Void> patchWriter = CompletableFuture.runAsync(() -> Fixtures.write(patchPipe, "[]"));
        CliRun patched = CliRun.of("fit", file.toString(), "--patch", patchPipe.toString());
        patchWriter.get(20, TimeUnit.SECONDS);
        assertThat(patched.exitCode()).as(patched.err()).isZero();
    }
}
