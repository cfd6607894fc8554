package org.darkflav.cli;

import java.util.List;

/** Subcommands of one area: inspect, patchset, prune, rename, combine, digest (issue 2, workspaces). */
final class WorkspaceCommands {

    private WorkspaceCommands() {}

    static List<Object> all() {
        return List.of();
    }
}
