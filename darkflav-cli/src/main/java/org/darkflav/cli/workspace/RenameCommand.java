package org.darkflav.cli.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.histfactory.workspace.Renaming;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code darkflav rename}: rename channels, samples, modifiers or measurements, as {@code pyhf rename}. */
@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Rename channels, samples, modifiers or measurements (OLD=NEW, repeatable).")
public final class RenameCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "pyhf JSON workspace ('-' for standard input).")
    String workspace;

    @Option(names = {"-c", "--channel"}, paramLabel = "OLD=NEW", description = "Rename a channel (and its observation).")
    Map<String, String> channels = new LinkedHashMap<>();

    @Option(names = {"-s", "--sample"}, paramLabel = "OLD=NEW", description = "Rename a sample in every channel.")
    Map<String, String> samples = new LinkedHashMap<>();

    @Option(names = {"-m", "--modifier"}, paramLabel = "OLD=NEW",
            description = "Rename a modifier (also in parameter configurations and the POI).")
    Map<String, String> modifiers = new LinkedHashMap<>();

    @Option(names = "--measurement", paramLabel = "OLD=NEW", description = "Rename a measurement.")
    Map<String, String> measurements = new LinkedHashMap<>();

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        Workspace ws = WorkspaceIO.read(workspace);
        Workspace renamed = ws.rename(new Renaming(channels, samples, modifiers, measurements));
        WorkspaceIO.printWarnings(spec, renamed);
        output.write(spec, renamed.toPrettyString(), List.of(workspace));
        return ExitCodes.OK;
    }
}
