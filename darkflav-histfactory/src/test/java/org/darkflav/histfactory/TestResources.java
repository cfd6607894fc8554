package org.darkflav.histfactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Real files for this module's test resources: the workspaces, patch sets, bad-input corpus and references of
 * src/test/resources, and the Belle II likelihood of the repository's examples/ that the pom maps to
 * {@code examples/} on the test classpath. Found next to this class: in target/test-classes when this module's
 * tests run, in the module's test-jar when another module's tests use it; out of a jar they are copied once into
 * a temporary directory (commands need real file paths), which is deleted when the JVM exits.
 */
public final class TestResources {

    private static final Path SOURCE = codeSource();
    /** What was copied out of the jar: a directory asked for after one of its files is copied in full. */
    private static final Set<String> COPIED = new HashSet<>();
    private static Path extracted;
    private static FileSystem jar;

    private TestResources() {}

    /** The file or directory {@code relative} (e.g. {@code workspaces/pyhf_validation/1bin_lumi.json}). */
    public static synchronized Path path(String relative) {
        if (Files.isDirectory(SOURCE)) {
            return existing(SOURCE.resolve(relative), relative);
        }
        try {
            if (jar == null) {
                jar = FileSystems.newFileSystem(SOURCE);
                extracted = Files.createTempDirectory("darkflav-test-resources");
                Runtime.getRuntime().addShutdownHook(new Thread(TestResources::deleteExtracted));
            }
            Path target = extracted.resolve(relative);
            if (!COPIED.contains(relative)) {
                copyTree(existing(jar.getPath("/" + relative), relative), target);
                COPIED.add(relative);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy test resource " + relative + " out of " + SOURCE, e);
        }
    }

    private static Path existing(Path p, String relative) {
        if (!Files.exists(p)) {
            throw new IllegalStateException("no test resource '" + relative + "' in " + SOURCE);
        }
        return p;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (!Files.exists(dest)) {
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest);
                }
            }
        }
    }

    /** Deletes the copies: a directory this class created, nothing else. */
    private static void deleteExtracted() {
        try (Stream<Path> all = Files.walk(extracted)) {
            List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static Path codeSource() {
        try {
            return Path.of(TestResources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the test classes of darkflav-histfactory", e);
        }
    }
}
