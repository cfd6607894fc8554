package org.darkflav.cli.workspace;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.histfactory.spec.PatchSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code darkflav patchset list}: the patches of a patch set with their values. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the patches of a patch set.")
public final class PatchSetListCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATCHSET", description = "pyhf patch set ('-' for standard input).")
    String patchSet;

    @Override
    public Integer call() {
        PatchSet ps = WorkspaceIO.readPatchSet(patchSet);
        PrintWriter out = spec.commandLine().getOut();
        out.println("description: " + ps.description());
        out.println("digests: " + ps.digests());
        out.printf("%-40s %s%n", "name", String.join(", ", ps.labels()));
        for (PatchSet.Patch p : ps.patches()) {
            out.printf("%-40s %s%n", p.name(), String.join(", ", p.valueStrings()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
