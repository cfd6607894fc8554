package org.darkflav.cli.workspace;

import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code darkflav sort}: pyhf's {@code Workspace.sorted}, as {@code pyhf sort}. */
@Command(name = "sort", mixinStandardHelpOptions = true,
        description = "Sort channels, samples, modifiers, measurements, parameters and observations by name.")
public final class SortCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "pyhf JSON workspace ('-' for standard input).")
    String workspace;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        Workspace sorted = WorkspaceIO.read(workspace).sorted();
        WorkspaceIO.printWarnings(spec, sorted);
        output.write(spec, sorted.toPrettyString(), List.of(workspace));
        return ExitCodes.OK;
    }
}
