package org.darkflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module rules of doc/ARCHITECTURE.md, checked by scanning main sources: dependencies point one
 * way, the fit package knows nothing of inference, and only the CLI's Main exits the JVM.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Packages each module's main code may not import. */
    private static List<String[]> rules() {
        return List.of(
                new String[] {"darkflav-io", "org.darkflav.fit", "org.darkflav.infer", "org.darkflav.histfactory", "org.darkflav.physics", "org.darkflav.recast", "org.darkflav.cli", "org.darkflav.spark"},
                new String[] {"darkflav-stats", "org.darkflav.histfactory", "org.darkflav.physics", "org.darkflav.recast", "org.darkflav.cli", "org.darkflav.spark"},
                new String[] {"darkflav-histfactory", "org.darkflav.physics", "org.darkflav.recast", "org.darkflav.cli", "org.darkflav.spark"},
                new String[] {"darkflav-physics", "org.darkflav.fit", "org.darkflav.infer", "org.darkflav.histfactory", "org.darkflav.recast", "org.darkflav.cli", "org.darkflav.spark"},
                new String[] {"darkflav-recast", "org.darkflav.cli", "org.darkflav.plot", "org.darkflav.workflow", "org.darkflav.report", "org.darkflav.spark"},
                new String[] {"darkflav-workflow", "org.darkflav.cli", "org.darkflav.plot", "org.darkflav.report", "org.darkflav.spark"},
                new String[] {"darkflav-report", "org.darkflav.cli", "org.darkflav.spark"},
                new String[] {"darkflav-plot", "org.darkflav.fit", "org.darkflav.infer", "org.darkflav.histfactory", "org.darkflav.physics", "org.darkflav.recast", "org.darkflav.cli", "org.darkflav.spark"},
                // nothing may depend on the optional Spark engine: it is found through ServiceLoader
                new String[] {"darkflav-cli", "org.darkflav.spark", "org.apache.spark"},
                // the engine implements the stats SPI only (its jar bundles the CLI for spark-submit)
                new String[] {"darkflav-spark", "org.darkflav.cli", "org.darkflav.recast", "org.darkflav.histfactory"});
    }

    @Test
    void modulesDependOneWayOnly() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String[] rule : rules()) {
            for (Path f : sources(rule[0])) {
                for (String line : Files.readAllLines(f)) {
                    for (int i = 1; i < rule.length; i++) {
                        if (line.startsWith("import " + rule[i] + ".") || line.startsWith("import static " + rule[i] + ".")) {
                            violations.add(ROOT.relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void fitPackageDoesNotImportInference() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : sources("darkflav-stats")) {
            if (f.toString().contains("/org/darkflav/fit/")) {
                Files.readAllLines(f).stream().filter(l -> l.contains("org.darkflav.infer"))
                        .forEach(l -> violations.add(ROOT.relativize(f) + ": " + l));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyTheCliMainExitsTheJvm() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path m : modules.filter(p -> p.getFileName().toString().startsWith("darkflav-")).toList()) {
                for (Path f : sources(m.getFileName().toString())) {
                    if (Files.readString(f).contains("System.exit(") && !f.endsWith("org/darkflav/cli/Main.java")) {
                        violations.add(ROOT.relativize(f).toString());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanSeesTheModules() throws IOException {
        // guards against a scan that silently finds nothing
        assertThat(sources("darkflav-stats")).isNotEmpty();
        assertThat(sources("darkflav-histfactory")).isNotEmpty();
    }

    private static List<Path> sources(String module) throws IOException {
        Path dir = ROOT.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
