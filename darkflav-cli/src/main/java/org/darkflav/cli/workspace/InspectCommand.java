package org.darkflav.cli.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.workspace.Workspace;
import org.darkflav.report.WorkspaceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code darkflav inspect}: a summary of a workspace, as {@code pyhf inspect}. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Summarise a pyhf workspace: channels and bins, samples, modifiers, parameters, measurements.")
public final class InspectCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "pyhf JSON workspace ('-' for standard input).")
    String workspace;

    @Option(names = {"-m", "--measurement"}, paramLabel = "NAME", description = "Measurement to show (default: the first).")
    String measurement;

    @Option(names = {"-p", "--patch"}, paramLabel = "PATCH", description = "JSON patch file to apply first (repeatable).")
    List<String> patches = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of tables.")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = WorkspaceIO.read(workspace);
        for (String p : patches) {
            ws = ws.withPatch(JsonPatch.read(WorkspaceIO.existing(p)));
        }
        WorkspaceIO.printWarnings(spec, ws);
        WorkspaceSummary summary = WorkspaceSummary.of(ws, measurement);
        String text = json ? summary.toJson() : summary.toText();
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
