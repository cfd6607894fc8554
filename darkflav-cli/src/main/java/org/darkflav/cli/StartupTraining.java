package org.darkflav.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the start-up cache that the {@code darkflav} launcher keeps per build and JDK
 * (JDK 25's ahead-of-time cache, or a class-data-sharing archive on JDK 19 to 24; see
 * doc/performance.md): runs typical commands in one JVM, in process, so that the JDK records the
 * classes they load, and on JDK 25 the methods' profiles, into the cache it writes when this JVM exits.
 * Not a command for users; the launcher discards its output.
 *
 * <p>Arguments: the profile ({@code core}: workspace, inference and physics commands; {@code recast}:
 * the reproduction and the other recast commands, which load the plotting and reporting classes) and the
 * repository root, whose Belle II example workspace the core commands read. A cache holds the classes
 * of its profile only, because the JVM loads and links every cached class at start: the 400 Jackson
 * mapper classes that the physics commands' input reading pulled in cost every other command about
 * 30 ms CPU, so the physics commands are not trained.
 */
public final class StartupTraining {

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("core", "recast").contains(args[0])) {
            throw new IllegalArgumentException("usage: StartupTraining core|recast REPOSITORY_ROOT");
        }
        Path scratch = Files.createTempDirectory("darkflav-training");
        try {
            List<String[]> commands = args[0].equals("core")
                    ? core(Path.of(args[1]).resolve("examples/belle2_knunu_combined/combined_likelihood.json"), scratch)
                    : List.<String[]>of(new String[] {"reproduce", "--quick", "--out", scratch.resolve("r").toString()});
            for (String[] command : commands) {
                Main.commandLine(command).execute(command);
            }
        } finally {
            deleteTree(scratch);
        }
        // last, through Main.main, which exits the JVM as every run does: what exiting loads is cached too
        Main.main(new String[] {"--version"});
    }

    private static List<String[]> core(Path workspace, Path scratch) throws IOException {
        List<String[]> c = new ArrayList<>();
        if (Files.isRegularFile(workspace)) {
            String ws = workspace.toString();
            Path patch = scratch.resolve("patch.json");
            Files.writeString(patch, "[{\"op\": \"replace\", \"path\": \"/version\", \"value\": \"1.0.0\"}]");
            c.add(new String[] {"inspect", ws});
            c.add(new String[] {"fit", ws, "--json"});
            c.add(new String[] {"hypotest", ws, "--patch", patch.toString(), "--mu", "1", "--json"});
            c.add(new String[] {"hypotest", ws, "--mu", "1"});
            c.add(new String[] {"limit", ws, "--json"});
            c.add(new String[] {"significance", ws, "--json"});
            c.add(new String[] {"hypotest", ws, "--calculator", "toys", "--toys", "20", "--mu", "1", "--json"});
        }
        return c;
    }

    /** Deletes the training's own temporary folder (symbolic links are removed, never followed). */
    private static void deleteTree(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
