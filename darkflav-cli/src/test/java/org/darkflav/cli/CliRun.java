package org.darkflav.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the darkflav command tree in-process and captures exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        return on(Main.commandLine(), args);
    }

    /** Runs {@code args} on the given command tree. */
    public static CliRun on(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Repository root (the directory holding examples/). */
    public static Path root() {
        return org.darkflav.histfactory.TestWorkspaces.repoRoot();
    }

    public static String belle2() {
        return root().resolve("examples/belle2_knunu_combined/combined_likelihood.json").toString();
    }

    public static String workspace(String relative) {
        return root().resolve("darkflav-histfactory/src/test/resources/workspaces").resolve(relative).toString();
    }
}
