package org.darkflav.cli.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.histfactory.workspace.Pruning;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code darkflav prune}: remove channels, samples, modifiers or measurements, as {@code pyhf prune}. */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Remove channels, samples, modifiers (by name or type) or measurements from a workspace.")
public final class PruneCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "pyhf JSON workspace ('-' for standard input).")
    String workspace;

    @Option(names = {"-c", "--channel"}, paramLabel = "NAME", description = "Channel to remove (repeatable).")
    List<String> channels = new ArrayList<>();

    @Option(names = {"-s", "--sample"}, paramLabel = "NAME", description = "Sample to remove from every channel (repeatable).")
    List<String> samples = new ArrayList<>();

    @Option(names = {"-m", "--modifier"}, paramLabel = "NAME", description = "Modifier to remove (repeatable).")
    List<String> modifiers = new ArrayList<>();

    @Option(names = {"-t", "--modifier-type"}, paramLabel = "TYPE", description = "Modifier type to remove (repeatable).")
    List<String> modifierTypes = new ArrayList<>();

    @Option(names = "--measurement", paramLabel = "NAME", description = "Measurement to remove (repeatable).")
    List<String> measurements = new ArrayList<>();

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        Workspace ws = WorkspaceIO.read(workspace);
        Workspace pruned = ws.prune(new Pruning(channels, samples, modifiers, modifierTypes, measurements));
        WorkspaceIO.printWarnings(spec, pruned);
        output.write(spec, pruned.toPrettyString(), List.of(workspace));
        return ExitCodes.OK;
    }
}
