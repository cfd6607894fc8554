package org.darkflav.io;

import java.nio.file.Path;

/**
 * Writes output files so that a reader never sees a half-written file, with the checks of
 * {@link OutputGuard#none()}: regular files are replaced atomically, nothing that is not a regular
 * file is replaced. Commands that read input files use an {@link OutputGuard} built with them.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    public static void writeString(Path target, String content) {
        OutputGuard.none().writeString(target, content);
    }

    public static void write(Path target, byte[] content) {
        OutputGuard.none().write(target, content);
    }
}
