package org.darkflav.cli.workspace;

import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.histfactory.spec.PatchSet;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code darkflav patchset apply}: verify the digest, apply one patch, write the workspace. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Apply one patch of a patch set to its background-only workspace (digest verified first).")
public final class PatchSetApplyCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "Background-only workspace ('-' for standard input).")
    String workspace;

    @Parameters(index = "1", paramLabel = "PATCHSET", description = "pyhf patch set.")
    String patchSet;

    @Option(names = {"-n", "--name"}, required = true, paramLabel = "NAME",
            description = "Patch name, or its values separated by commas (e.g. 1300,205,60).")
    String name;

    @Option(names = "--no-verify", description = "Skip the digest check (pyhf always checks).")
    boolean noVerify;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        Workspace ws = WorkspaceIO.read(workspace);
        PatchSet ps = WorkspaceIO.readPatchSet(patchSet);
        Workspace patched = ws.withPatch(ps, name, !noVerify);
        WorkspaceIO.printWarnings(spec, patched);
        output.write(spec, patched.toPrettyString(), List.of(workspace, patchSet));
        return ExitCodes.OK;
    }
}
