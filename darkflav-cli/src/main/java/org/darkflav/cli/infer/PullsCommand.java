package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.cli.TerminalText;
import org.darkflav.infer.FitDiagnostics;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.Pull;
import org.darkflav.infer.PullResult;
import org.darkflav.infer.TaskRunner;
import org.darkflav.report.FitFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
        return print(toJson(r), toText(r), List.of(), r.fit().converged());
    }

    /** Keys as cabinetry's {@code FitResults} ({@code labels}, {@code bestfit}, {@code uncertainty}, ...). */
    static ObjectNode toJson(PullResult r) {
        ObjectNode o = Json.object();
        ArrayNode labels = o.putArray("labels");
        r.pulls().forEach(p -> labels.add(p.parameter()));
        ArrayNode best = o.putArray("bestfit");
        ArrayNode unc = o.putArray("uncertainty");
        ArrayNode pulls = o.putArray("pulls");
        ArrayNode constraints = o.putArray("constraints");
        for (Pull p : r.pulls()) {
            Json.add(best, p.bestFit());
            Json.add(unc, p.postfitError());
            Json.add(pulls, p.pull());
            Json.add(constraints, p.constraint());
        }
        Json.put(o, "best_twice_nll", r.fit().minimum());
        ArrayNode corrLabels = o.putArray("corr_labels");
        r.correlations().parameters().forEach(corrLabels::add);
        ArrayNode corr = o.putArray("corr_mat");
        for (double[] row : r.correlations().values()) {
            ArrayNode a = corr.addArray();
            for (double v : row) {
                Json.add(a, v);
            }
        }
        return o;
    }

    private static String toText(PullResult r) {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-30s %12s %12s %10s %10s%n",
                "parameter", "best fit", "error", "pull", "constraint"));
        for (Pull p : r.pulls()) {
            b.append(String.format(java.util.Locale.ROOT, "%-30s %12.6g %12.6g %10.4f %10.4f%n",
                    TerminalText.name(p.parameter()),
                    p.bestFit(), p.postfitError(), p.pull(), p.constraint()));
        }
        b.append("2NLL at the best fit: ").append(fmt(r.fit().minimum()));
        return b.toString();
    }
}
