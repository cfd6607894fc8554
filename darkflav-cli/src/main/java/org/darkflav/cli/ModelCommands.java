package org.darkflav.cli;

import java.util.List;

/** Subcommands of one area: fit and plot-fit (model and likelihood). */
final class ModelCommands {

    private ModelCommands() {}

    static List<Object> all() {
        return List.of(new FitCommand(), new PlotFitCommand());
    }
}
