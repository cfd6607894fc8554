package org.darkflav.cli;

import java.util.List;
import org.darkflav.cli.workspace.CombineCommand;
import org.darkflav.cli.workspace.DigestCommand;
import org.darkflav.cli.workspace.InspectCommand;
import org.darkflav.cli.workspace.PatchSetCommand;
import org.darkflav.cli.workspace.PruneCommand;
import org.darkflav.cli.workspace.RenameCommand;
import org.darkflav.cli.workspace.SortCommand;

/** Subcommands of one area: inspect, patchset, prune, rename, combine, sort, digest. */
final class WorkspaceCommands {

    private WorkspaceCommands() {}

    static List<Object> all() {
        return List.of(new InspectCommand(), new PatchSetCommand(), new PruneCommand(), new RenameCommand(),
                new CombineCommand(), new SortCommand(), new DigestCommand());
    }
}
