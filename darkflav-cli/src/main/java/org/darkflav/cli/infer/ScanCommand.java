package org.darkflav.cli.infer;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.cli.UserException;
import org.darkflav.cli.TerminalText;
import org.darkflav.infer.LikelihoodScan;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ScanPoint;
import org.darkflav.infer.ScanResult;
import org.darkflav.infer.TaskRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav scan WS --par mu=lo:hi:n [--par theta=lo:hi:n]}: profile-likelihood scan in 1D or 2D. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Profile-likelihood scan over one or two parameters (POI or nuisance parameters).")
public final class ScanCommand extends InferenceCommand {

    @Option(names = "--par", paramLabel = "NAME=LO:HI:N", required = true,
            description = "a scanned parameter and its grid; give once (1D) or twice (2D)")
    List<String> parameters;

    public ScanCommand(InferenceEnvironment environment) {
        super(environment);
    }

    @Override
    int run(ProfileLikelihood likelihood, TaskRunner runner) {
        if (parameters.size() > 2) {
            throw new UserException("scan takes one or two --par options, got " + parameters.size());
        }
        List<LikelihoodScan.Axis> axes = new ArrayList<>();
        for (String p : parameters) {
            int eq = p.lastIndexOf('=');
            if (eq <= 0) {
                throw new UserException("--par expects NAME=LO:HI:N (for example mu=0:2:21), got '" + p + "'");
            }
            axes.add(new LikelihoodScan.Axis(p.substring(0, eq), Ranges.linspace("--par", p.substring(eq + 1))));
        }
        ScanResult r;
        try (TerminalProgress progress = progress("scan")) {
            r = new LikelihoodScan(likelihood, runner).scan(likelihood.model().observedData(), axes, progress);
        }
        boolean converged = r.points().stream().allMatch(ScanPoint::converged);
        return print(toJson(r), toText(r), List.of(), converged);
    }

    static ObjectNode toJson(ScanResult r) {
        ObjectNode o = Json.object();
        ArrayNode names = o.putArray("parameters");
        r.parameters().forEach(names::add);
        ArrayNode grids = o.putArray("grids");
        for (List<Double> g : r.grids()) {
            ArrayNode a = grids.addArray();
            g.forEach(v -> Json.add(a, v));
        }
        Json.put(o, "best_twice_nll", r.minimumTwiceNll());
        ArrayNode points = o.putArray("points");
        for (ScanPoint p : r.points()) {
            ObjectNode n = points.addObject();
            ArrayNode values = n.putArray("values");
            p.coordinates().forEach(v -> Json.add(values, v));
            Json.put(n, "twice_nll", p.twiceNll());
            Json.put(n, "delta_twice_nll", p.deltaTwiceNll());
            n.put("converged", p.converged());
        }
        return o;
    }

    private static String toText(ScanResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.join("  ", r.parameters().stream().map(TerminalText::name).toList()))
                .append("  Δ(2NLL)\n");
        for (ScanPoint p : r.points()) {
            for (double v : p.coordinates()) {
                b.append(fmt(v)).append("  ");
            }
            b.append(fmt(p.deltaTwiceNll())).append(p.converged() ? "" : "  (not converged)").append('\n');
        }
        return b.toString().stripTrailing();
    }
}
