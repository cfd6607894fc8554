package org.darkflav.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.darkflav.histfactory.TestResources;
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

    /** The Belle II combined likelihood (darkflav-histfactory's test resources, from examples/). */
    public static String belle2() {
        return TestResources.path("examples/belle2_knunu_combined/combined_likelihood.json").toString();
    }

    /** A workspace of darkflav-histfactory's test resources, e.g. {@code pyhf_validation/1bin_lumi.json}. */
    public static String workspace(String relative) {
        return TestResources.path("workspaces/" + relative).toString();
    }
}
