package org.darkflav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.darkflav.fit.FitProblem;
import org.darkflav.fit.FitResult;
import org.darkflav.fit.QuasiNewtonMinimizer;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.io.OutputGuard;
import org.darkflav.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav fit}: maximum-likelihood fit of a workspace, as pyhf's {@code fit}, with Hesse errors. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Maximum-likelihood fit of a pyhf workspace: best-fit parameters, Hesse errors, twice_nll.",
            "Exit code 3 if the fit did not converge (the output says why)."})
final class FitCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ModelInput input;

    @Option(names = "--fix", paramLabel = "NAME=VALUE", description = "hold a parameter at a value (repeatable), e.g. mu=0")
    List<String> fix = new ArrayList<>();

    @Option(names = "--bounds", paramLabel = "NAME=LO:HI", description = "override a parameter's bounds (repeatable)")
    List<String> bounds = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON object (pyhf-shaped keys) instead of a table")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "also write the JSON result to FILE (atomically; never onto an input; '-' for standard output)")
    Path output;

    @Override
    public Integer call() {
        OutputGuard guard = Outputs.guard(spec, input.inputArguments());
        if (output != null) {
            guard.check(output); // refusals (an input, a folder, a device) before the fit, not after
        }
        HistFactoryModel model = input.model();
        FitProblem problem = problem(model);
        FitResult r = new QuasiNewtonMinimizer().minimize(problem);
        ObjectNode out = toJson(model, problem, r);
        if (output != null) {
            guard.writeString(output, Json.pretty(out));
        }
        if (output == null || !guard.isStandardOutput(output)) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(json ? Json.pretty(out) : table(model, problem, r));
            stdout.flush();
        }
        if (!r.converged()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("darkflav fit: WARNING: the fit did NOT converge (" + r.status() + "); do not use these numbers.");
            r.log().forEach(l -> err.println("  " + l));
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }

    FitProblem problem(HistFactoryModel model) {
        double[] start = model.suggestedInit();
        double[] lo = model.lowerBounds();
        double[] hi = model.upperBounds();
        boolean[] fixed = model.suggestedFixed();
        for (String b : bounds) {
            String[] kv = ParameterAssignments.split(b, "--bounds");
            int i = ParameterAssignments.index(model, kv[0], "--bounds");
            String[] range = kv[1].split(":", 2);
            if (range.length != 2) {
                throw new UserException("--bounds expects NAME=LO:HI, got '" + b + "'");
            }
            lo[i] = ParameterAssignments.number(range[0], "--bounds");
            hi[i] = ParameterAssignments.number(range[1], "--bounds");
            if (!(lo[i] < hi[i])) {
                throw new UserException("--bounds " + b + ": the lower bound must be below the upper bound");
            }
            start[i] = Math.min(hi[i], Math.max(lo[i], start[i]));
        }
        for (String f : fix) {
            String[] kv = ParameterAssignments.split(f, "--fix");
            int i = ParameterAssignments.index(model, kv[0], "--fix");
            double value = ParameterAssignments.number(kv[1], "--fix");
            if (value < lo[i] || value > hi[i]) {
                // pyhf refuses a fit whose (fixed) start lies outside the bounds
                throw new UserException("--fix " + f + ": the value lies outside the bounds [" + lo[i] + ", " + hi[i]
                        + "] of '" + kv[0] + "'; widen them with --bounds " + kv[0] + "=LO:HI or in the measurement");
            }
            start[i] = value;
            fixed[i] = true;
        }
        return new FitProblem(model.twiceNll(model.observedData()), start, lo, hi, fixed);
    }

    ObjectNode toJson(HistFactoryModel model, FitProblem problem, FitResult r) {
        ObjectNode o = Json.object();
        o.put("workspace", input.label());
        o.put("measurement", model.measurement());
        Json.put(o, "twice_nll", r.minimum());
        o.put("converged", r.converged());
        o.put("status", r.status().name());
        if (model.poiName() == null) {
            o.putNull("poi");
        } else {
            o.put("poi", model.poiName());
        }
        Json.put(o, "edm", r.edm());
        o.put("iterations", r.iterations());
        o.put("evaluations", r.evaluations());
        ArrayNode pars = o.putArray("parameters");
        List<String> names = model.parameterNames();
        for (int i = 0; i < names.size(); i++) {
            ObjectNode p = pars.addObject();
            p.put("name", names.get(i));
            Json.put(p, "value", r.values()[i]);
            Json.put(p, "error", r.errors()[i]);
            p.put("fixed", problem.fixed()[i]);
            p.put("at_limit", r.atLimit()[i]);
        }
        ArrayNode log = o.putArray("log");
        r.log().forEach(log::add);
        return o;
    }

    String table(HistFactoryModel model, FitProblem problem, FitResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "workspace   %s (measurement %s)%n", TerminalText.oneLine(input.label()),
                TerminalText.name(model.measurement())));
        s.append(String.format(Locale.ROOT, "twice_nll   %.6f%n", r.minimum()));
        s.append(String.format(Locale.ROOT, "status      %s  (edm %.2e, %d iterations, %d evaluations)%n",
                r.converged() ? "converged" : "NOT CONVERGED: " + r.status(), r.edm(), r.iterations(), r.evaluations()));
        List<String> names = model.parameterNames();
        List<String> shown = names.stream().map(TerminalText::name).toList();
        int width = Math.max(9, shown.stream().mapToInt(String::length).max().orElse(9));
        s.append(String.format(Locale.ROOT, "%n%-" + width + "s  %14s  %12s%n", "parameter", "value", "error"));
        for (int i = 0; i < names.size(); i++) {
            String note = problem.fixed()[i] ? "  fixed" : r.atLimit()[i] ? "  at limit" : "";
            String mark = i == model.poiIndex() ? "  (POI)" : "";
            s.append(String.format(Locale.ROOT, "%-" + width + "s  %14.6g  %12.4g%s%s%n", shown.get(i), r.values()[i],
                    r.errors()[i], note, mark));
        }
        return s.toString();
    }
}
