package org.darkflav.cli.workspace;

import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.histfactory.spec.PatchSet;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code darkflav patchset verify}: check a workspace against the digests of a patch set. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that a workspace is the one a patch set was made for (its digests).")
public final class PatchSetVerifyCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "Background-only workspace ('-' for standard input).")
    String workspace;

    @Parameters(index = "1", paramLabel = "PATCHSET", description = "pyhf patch set.")
    String patchSet;

    @Override
    public Integer call() {
        Workspace ws = WorkspaceIO.read(workspace);
        PatchSet ps = WorkspaceIO.readPatchSet(patchSet);
        ps.verify(ws.toJson());
        spec.commandLine().getOut().println("verified: " + ps.digests());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
