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

/** Subcommands of one area: hypotest, limit, significance, scan, ranking, pulls, gof. */
final class InferenceCommands {

    private InferenceCommands() {}

    /** The commands as registered by {@link Main}, on HistFactory workspaces. */
    static List<Object> all() {
        return all(InferenceEnvironment.local(ModelInput::model));
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
