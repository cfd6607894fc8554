package org.darkflav.cli.workspace;

import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.UserException;
import org.darkflav.histfactory.workspace.Join;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code darkflav combine}: combine two workspaces with pyhf's join semantics, as {@code pyhf combine}. */
@Command(name = "combine", mixinStandardHelpOptions = true,
        description = "Combine two workspaces (channels, observations, measurements) as pyhf does.")
public final class CombineCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE1", description = "Left workspace ('-' for standard input).")
    String left;

    @Parameters(index = "1", paramLabel = "WORKSPACE2", description = "Right workspace.")
    String right;

    @Option(names = {"-j", "--join"}, paramLabel = "JOIN", defaultValue = "none",
            description = "none (default), outer, 'left outer' or 'right outer' (left-outer, right-outer also accepted).")
    String join;

    @Option(names = "--merge-channels", description = "Merge samples of channels with the same name (outer joins only).")
    boolean mergeChannels;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        if (WorkspaceIO.STDIN.equals(left) && WorkspaceIO.STDIN.equals(right)) {
            throw new UserException("only one of the two workspaces can be read from standard input ('-')");
        }
        Join j = Join.parse(join);
        Workspace a = WorkspaceIO.read(left);
        Workspace b = WorkspaceIO.read(right);
        if (j == Join.LEFT_OUTER || j == Join.RIGHT_OUTER) {
            WorkspaceIO.printWarnings(spec, List.of("'" + j.pyhfName() + "' is an unsafe join: items of the "
                    + (j == Join.LEFT_OUTER ? "right" : "left") + " workspace whose names exist on the other side are dropped"));
        }
        Workspace combined = a.combine(b, j, mergeChannels);
        WorkspaceIO.printWarnings(spec, combined);
        output.write(spec, combined.toPrettyString(), List.of(left, right));
        return ExitCodes.OK;
    }
}
