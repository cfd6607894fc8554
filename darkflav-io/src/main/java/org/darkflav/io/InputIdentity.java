package org.darkflav.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * Whether an output file is one of the inputs: the same real path, or the same file key (device and
 * inode on Unix, which also catches hard links). Standard input counts when it is redirected from a
 * regular file.
 */
final class InputIdentity {

    private static final Path STANDARD_INPUT = Path.of("/proc/self/fd/0");

    private InputIdentity() {}

    static void requireNotAnInput(OutputTarget t, List<Path> inputs, boolean readsStandardInput, String hint) {
        Object key = key(t.path());
        if (key == null) {
            return; // the output does not exist yet, so it is no input
        }
        for (Path in : inputs) {
            if (same(t.path(), key, in)) {
                throw collision(t, "also an input file of this command (" + in + ")", hint);
            }
        }
        if (readsStandardInput && Objects.equals(key, key(STANDARD_INPUT))) {
            throw collision(t, "the file this command reads as standard input", hint);
        }
    }

    private static boolean same(Path real, Object key, Path input) {
        try {
            if (!Files.exists(input)) {
                return false;
            }
            return real.equals(input.toRealPath()) || key.equals(key(input));
        } catch (IOException e) {
            return false;
        }
    }

    /** The file key of what {@code p} names (links followed), or null if there is none. */
    private static Object key(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.isRegularFile() ? a.fileKey() : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static OutputException collision(OutputTarget t, String what, String hint) {
        return new OutputException("refusing to write " + t.shown() + ": it is " + what + ", which the result would"
                + " replace; choose another output file" + (hint.isEmpty() ? "" : ", " + hint));
    }
}
