package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.infer.FitDiagnostics;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.RankingResult;
import org.darkflav.infer.TaskRunner;
import org.darkflav.report.FitFigures;
import org.darkflav.report.InferenceJson;
import org.darkflav.report.InferenceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code darkflav ranking WS}: nuisance parameters ranked by impact on the POI (cabinetry-shaped JSON). */
@Command(name = "ranking", mixinStandardHelpOptions = true,
        description = "Impact ranking of nuisance parameters on the POI (±1σ pre- and post-fit refits).")
public final class RankingCommand extends InferenceCommand {

    @Mixin FigureOption figure;

    public RankingCommand(InferenceEnvironment environment) {
        super(environment);
    }

    @Override
    int run(ProfileLikelihood likelihood, TaskRunner runner) {
        figure.check();
        RankingResult r;
        try (TerminalProgress progress = progress("ranking")) {
            r = new FitDiagnostics(likelihood, runner).ranking(likelihood.model().observedData(), progress);
        }
        figure.write(() -> FitFigures.ranking(r, likelihood.model(), FitFigures.DEFAULT_TOP),
                spec.commandLine().getErr(), spec.name());
        return print(InferenceJson.ranking(r), InferenceText.ranking(r), List.of(), true);
    }

    /** Keys as cabinetry's {@code RankingResults}, plus the POI. */
}
