package org.darkflav.io;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files and staging folders this process is writing right now. If the JVM is shut down
 * (Ctrl-C, SIGTERM, System.exit) while they exist, a shutdown hook removes them, so an interrupted
 * run leaves nothing half-written behind; after a hard kill the next run removes them instead
 * ({@link StaleTemporaries}). The set is process-wide on purpose: a shutdown hook is.
 */
final class InFlight {

    private static final Set<Path> PATHS = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private InFlight() {}

    static void add(Path p) {
        hook();
        PATHS.add(p);
    }

    static void remove(Path p) {
        PATHS.remove(p);
    }

    static boolean contains(Path p) {
        return PATHS.contains(p);
    }

    private static void hook() {
        if (hooked) {
            return;
        }
        synchronized (InFlight.class) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(InFlight::cleanUp, "darkflav-io-cleanup"));
                hooked = true;
            }
        }
    }

    private static void cleanUp() {
        for (Path p : PATHS) {
            Trees.deleteQuietly(p);
        }
    }
}
