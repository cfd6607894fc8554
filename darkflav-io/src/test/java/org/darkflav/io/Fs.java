package org.darkflav.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: special files made with the system's tools inside a test's folder. */
final class Fs {

    private Fs() {}

    /** Runs a command; true if it succeeded (false where the tool or the privilege is missing). */
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

    static boolean mkfifo(Path p) {
        return run("mkfifo", p.toString());
    }

    /** A character device node with the numbers of /dev/null (needs root), made inside a test folder. */
    static boolean mknodNull(Path p) {
        return run("mknod", p.toString(), "c", "1", "3");
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** All names in a folder, sorted. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static boolean isCharacterDevice(Path p) throws IOException {
        return FileKind.of(p) == FileKind.CHARACTER_DEVICE && !Files.isSymbolicLink(p)
                && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }
}
