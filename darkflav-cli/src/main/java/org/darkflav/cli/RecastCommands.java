package org.darkflav.cli;

import java.util.List;

/** Subcommands of one area: reproduce, scan-mass (issue 5). */
final class RecastCommands {

    private RecastCommands() {}

    static List<Object> all() {
        return List.of();
    }
}
