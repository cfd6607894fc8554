package org.darkflav.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of darkflav's temporary files, {@code .NAME.PID.RANDOM.tmp} next to the output NAME, and the
 * removal of those left behind by a killed run. A temporary file is stale when the process that made
 * it is gone (or is this one but no longer writing it); an older darkflav wrote {@code .NAME.RANDOM.tmp}
 * without a process id, which is always stale now. The random part has at least ten digits (Java's
 * temporary names too), so that a user's {@code .notes.2.tmp} is never taken for ours.
 */
final class StaleTemporaries {

    /** Long output names are shortened in temporary names so that they stay below the 255-byte limit. */
    private static final int MAX_PREFIX = 100;
    private static final Pattern WITH_PID = Pattern.compile("\\..+\\.(\\d+)\\.\\d{10,}\\.tmp");
    private static final Pattern WITHOUT_PID = Pattern.compile("\\..+\\.\\d{10,}\\.tmp");

    private StaleTemporaries() {}

    /** A fresh temporary name for output {@code name}. */
    static String newName(String name) {
        return prefix(name) + ProcessHandle.current().pid() + "."
                + String.format("%020d", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp";
    }

    /** True if {@code fileName} has the form of a darkflav temporary file. */
    static boolean isTemporaryName(String fileName) {
        return WITHOUT_PID.matcher(fileName).matches();
    }

    /** Removes stale temporaries of output {@code name} in {@code dir}. */
    static void clean(Path dir, String name) {
        String prefix = prefix(name);
        removeStale(dir, glob(prefix) + "*.tmp");
    }

    /** Removes every stale darkflav temporary file in {@code dir}. */
    static void cleanAll(Path dir) {
        removeStale(dir, ".*.tmp");
    }

    private static void removeStale(Path dir, String glob) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
            for (Path p : s) {
                if (stale(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning is a courtesy: never let it stop the write itself
        }
    }

    private static boolean stale(Path p) {
        String name = p.getFileName().toString();
        Matcher m = WITH_PID.matcher(name);
        if (m.matches()) {
            long id;
            try {
                id = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                return false;
            }
            if (id == ProcessHandle.current().pid()) {
                return !InFlight.contains(p);
            }
            return ProcessHandle.of(id).map(h -> !h.isAlive()).orElse(true);
        }
        return WITHOUT_PID.matcher(name).matches();
    }

    private static String prefix(String name) {
        String n = name.length() > MAX_PREFIX ? name.substring(0, MAX_PREFIX) : name;
        return "." + n + ".";
    }

    private static String glob(String literal) {
        return literal.replaceAll("([\\\\*?\\[\\]{},])", "\\\\$1");
    }
}
