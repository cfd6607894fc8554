package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.infer.FitDiagnostics;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.PullResult;
import org.darkflav.infer.TaskRunner;
import org.darkflav.report.FitFigures;
import org.darkflav.report.InferenceJson;
import org.darkflav.report.InferenceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code darkflav pulls WS}: best fit, pulls, constraints and correlations (cabinetry-shaped JSON). */
@Command(name = "pulls", mixinStandardHelpOptions = true,
        description = "Pulls and constraints of nuisance parameters, and the correlation matrix, after a free fit.")
public final class PullsCommand extends InferenceCommand {

    @Mixin FigureOption figure;

    public PullsCommand(InferenceEnvironment environment) {
        super(environment);
    }

    @Override
    int run(ProfileLikelihood likelihood, TaskRunner runner) {
        figure.check();
        PullResult r = new FitDiagnostics(likelihood, runner).pulls(likelihood.model().observedData());
        figure.write(() -> FitFigures.pulls(r), spec.commandLine().getErr(), spec.name());
        return print(InferenceJson.pulls(r), InferenceText.pulls(r), List.of(), r.fit().converged());
    }

    /** Keys as cabinetry's {@code FitResults} ({@code labels}, {@code bestfit}, {@code uncertainty}, ...). */
}
