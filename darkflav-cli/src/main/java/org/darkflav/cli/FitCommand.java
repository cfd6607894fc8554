package org.darkflav.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.fit.FitProblem;
import org.darkflav.fit.FitResult;
import org.darkflav.fit.QuasiNewtonMinimizer;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.io.OutputGuard;
import org.darkflav.report.FitOutput;
import org.darkflav.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
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
        ObjectNode out = FitOutput.json(input.label(), model, problem.fixed(), r);
        if (output != null) {
            guard.writeString(output, Json.pretty(out));
        }
        if (output == null || !guard.isStandardOutput(output)) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(json ? Json.pretty(out) : FitOutput.text(input.label(), model, problem.fixed(), r));
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
}
