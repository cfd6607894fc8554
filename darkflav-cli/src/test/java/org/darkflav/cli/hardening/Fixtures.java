package org.darkflav.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.darkflav.cli.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test inputs from the classpath (darkflav-histfactory's test resources: the pyhf validation
 * workspaces, the bad-input base, pyhf's example patch set), copied into a test's own folder, and the
 * checks every refusal must pass.
 */
final class Fixtures {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final String NORMSYS = "workspaces/pyhf_validation/1bin_normsys.json";
    static final String LUMI = "workspaces/pyhf_validation/1bin_lumi.json";
    static final String SHAPESYS = "workspaces/pyhf_validation/1bin_shapesys.json";
    static final String GOOD_BASE = "bad/good_base.json";

    private Fixtures() {}

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(String resource) {
        return (ObjectNode) MAPPER.readTree(text(resource));
    }

    /** The resource copied into {@code dir} under its file name. */
    static Path copy(String resource, Path dir) {
        return write(dir.resolve(Path.of(resource).getFileName().toString()), text(resource));
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, JsonNode json) {
        return write(file, MAPPER.writeValueAsString(json));
    }

    /** Exit code 2, exactly one line on stderr naming the command, nothing on stdout, no stack trace. */
    static void assertRefused(CliRun r, String... fragments) {
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as(r.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("darkflav ").contains(": error: ").doesNotContain("\tat ")
                .doesNotContain("Exception");
        for (String f : fragments) {
            assertThat(lines.get(0)).contains(f);
        }
        assertThat(r.out()).isEmpty();
    }

    /** Runs the process-wide stdin-reading command with {@code stdin} (restored afterwards). */
    static CliRun withStdin(String stdin, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
