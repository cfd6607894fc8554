package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.cli.TerminalText;
import org.darkflav.infer.FitDiagnostics;
import org.darkflav.infer.ImpactResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.RankingResult;
import org.darkflav.infer.TaskRunner;
import org.darkflav.report.FitFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
        return print(toJson(r), toText(r), List.of(), true);
    }

    /** Keys as cabinetry's {@code RankingResults}, plus the POI. */
    static ObjectNode toJson(RankingResult r) {
        ObjectNode o = Json.object();
        o.put("poi", r.poi());
        Json.put(o, "poi_bestfit", r.poiBestFit());
        Json.put(o, "poi_uncertainty", r.poiError());
        ArrayNode labels = o.putArray("labels");
        r.impacts().forEach(i -> labels.add(i.parameter()));
        column(o, "bestfit", r, ImpactResult::bestFit);
        column(o, "uncertainty", r, ImpactResult::postfitError);
        column(o, "prefit_up", r, ImpactResult::prefitUp);
        column(o, "prefit_down", r, ImpactResult::prefitDown);
        column(o, "postfit_up", r, ImpactResult::postfitUp);
        column(o, "postfit_down", r, ImpactResult::postfitDown);
        return o;
    }

    private static void column(ObjectNode o, String key, RankingResult r,
            java.util.function.ToDoubleFunction<ImpactResult> f) {
        ArrayNode a = o.putArray(key);
        r.impacts().forEach(i -> Json.add(a, f.applyAsDouble(i)));
    }

    private static String toText(RankingResult r) {
        StringBuilder b = new StringBuilder("impacts on " + TerminalText.name(r.poi()) + " = " + fmt(r.poiBestFit())
                + " ± " + fmt(r.poiError()) + "\n");
        b.append(String.format(java.util.Locale.ROOT, "%-30s %12s %12s %12s %12s%n", "parameter", "prefit up",
                "prefit down", "postfit up", "postfit down"));
        for (ImpactResult i : r.impacts()) {
            b.append(String.format(java.util.Locale.ROOT, "%-30s %12.5g %12.5g %12.5g %12.5g%n",
                    TerminalText.name(i.parameter()),
                    i.prefitUp(), i.prefitDown(), i.postfitUp(), i.postfitDown()));
        }
        return b.toString().stripTrailing();
    }
}
