package org.darkflav.cli.workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.darkflav.cli.UserException;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.spec.PatchSet;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reading workspaces and patch sets named on the command line ({@code -} is standard input), and
 * printing their warnings. Shared by every command that takes a workspace argument (e.g. {@code fit}).
 */
public final class WorkspaceIO {

    /** The argument that means standard input. */
    public static final String STDIN = "-";

    private WorkspaceIO() {}

    /** Reads and checks the workspace named by a command-line argument. */
    public static Workspace read(String arg) {
        if (STDIN.equals(arg)) {
            return Workspace.read(System.in, "<stdin>");
        }
        return Workspace.read(existing(arg));
    }

    /** Reads and validates the patch set named by a command-line argument. */
    public static PatchSet readPatchSet(String arg) {
        if (STDIN.equals(arg)) {
            return PatchSet.fromJson(JsonSource.read(System.in, "<stdin>"), "<stdin>");
        }
        return PatchSet.read(existing(arg));
    }

    /** The path of an existing regular file, or a user error. */
    public static Path existing(String arg) {
        Path p = Path.of(arg);
        if (!Files.isRegularFile(p)) {
            throw new UserException("no such file: " + arg + (Files.isDirectory(p) ? " (it is a directory)" : ""));
        }
        return p;
    }

    /** Prints the workspace's warnings on stderr, one line each, prefixed with the command name. */
    public static void printWarnings(CommandSpec spec, Workspace ws) {
        printWarnings(spec, ws.warnings());
    }

    /** Prints warnings on the command's stderr, one line each. */
    public static void printWarnings(CommandSpec spec, List<String> warnings) {
        PrintWriter err = spec.commandLine().getErr();
        warnings.forEach(w -> err.println("darkflav " + spec.name() + ": warning: " + w));
        err.flush();
    }

    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to the path comparison
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
