package org.darkflav.cli;

import java.util.List;

/** Subcommands of one area: hypotest, limit, significance, scan, ranking, pulls, gof (issue 3). */
final class InferenceCommands {

    private InferenceCommands() {}

    static List<Object> all() {
        return List.of();
    }
}
