package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependency rules of the stats module : {@code fit} never imports {@code infer}; no System.exit. */
class PackageDependencyTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "darkflav");

    @Test
    void fitDoesNotImportInfer() throws IOException {
        assertThat(offenders(MAIN.resolve("fit"), "org.darkflav.infer")).isEmpty();
    }

    @Test
    void inferNeverExitsTheJvm() throws IOException {
        assertThat(offenders(MAIN.resolve("infer"), "System.exit")).isEmpty();
    }

    private static List<Path> offenders(Path dir, String text) throws IOException {
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> contains(p, text)).toList();
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
