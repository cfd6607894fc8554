package org.darkflav.cli.workspace;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.darkflav.cli.UserException;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.spec.PatchSet;
import org.darkflav.histfactory.workspace.Workspace;
import org.darkflav.report.DisplayText;
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

    /**
     * The path of an input that can be read: a regular file, or a stream such as a named pipe,
     * /dev/stdin or a process substitution ({@code <(zcat ws.json.gz)}, read once to its end).
     */
    public static Path existing(String arg) {
        if (arg.isEmpty()) {
            throw new UserException("the input file name is empty; give a file name, or '-' for standard input");
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            throw new UserException("cannot read " + arg + ": it is a directory, not a file");
        }
        if (!Files.exists(p)) {
            throw new UserException("no such file: " + arg);
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
        warnings.forEach(w -> err.println("darkflav " + spec.name() + ": warning: " + DisplayText.oneLine(w)));
        err.flush();
    }
}
