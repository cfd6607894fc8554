package org.darkflav.io;

import java.nio.file.Path;

/**
 * Where the bytes of one output go, once the user's path has been resolved and checked.
 *
 * @param kind how they are written
 * @param path the real path written to (FILE, STREAM), or null for the standard streams
 * @param shown the path as the user gave it, for messages
 */
record OutputTarget(Kind kind, Path path, String shown) {

    enum Kind {
        /** A regular file, replaced atomically (or created). */
        FILE,
        /** A named pipe, a terminal, /dev/null or a descriptor such as /dev/fd/3: written through, never replaced. */
        STREAM,
        /** The command's standard output ('-', /dev/stdout). */
        STANDARD_OUTPUT,
        /** The command's standard error (/dev/stderr). */
        STANDARD_ERROR
    }
}
