package org.darkflav.cli;

import java.util.List;
import org.darkflav.cli.infer.GofCommand;
import org.darkflav.cli.infer.HypotestCommand;
import org.darkflav.cli.infer.InferenceEnvironment;
import org.darkflav.cli.infer.LimitCommand;
import org.darkflav.cli.infer.PullsCommand;
import org.darkflav.cli.infer.RankingCommand;
import org.darkflav.cli.infer.ScanCommand;
import org.darkflav.cli.infer.SignificanceCommand;

/** Subcommands of one area: hypotest, limit, significance, scan, ranking, pulls, gof (issue 3). */
final class InferenceCommands {

    private InferenceCommands() {}

    /**
     * The commands as registered by {@link Main}. Workspace loading is not wired yet: the integrator
     * replaces the loader below with the HistFactory workspace loader.
     */
    static List<Object> all() {
        return all(InferenceEnvironment.local(workspace -> {
            throw new UserException("cannot read " + workspace + ": this build has no HistFactory workspace"
                    + " loader wired into the inference commands yet");
        }));
    }

    /** The commands on models from {@code environment}. */
    static List<Object> all(InferenceEnvironment environment) {
        return List.of(
                new HypotestCommand(environment),
                new LimitCommand(environment),
                new SignificanceCommand(environment),
                new ScanCommand(environment),
                new RankingCommand(environment),
                new PullsCommand(environment),
                new GofCommand(environment));
    }
}
