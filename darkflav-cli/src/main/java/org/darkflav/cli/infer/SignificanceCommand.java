package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.infer.Calculator;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.Significance;
import org.darkflav.infer.SignificanceResult;
import org.darkflav.infer.TaskRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav significance WS}: discovery p-value and significance from q0. */
@Command(name = "significance", mixinStandardHelpOptions = true,
        description = "Discovery significance: q0, p0 and Z, observed and expected.")
public final class SignificanceCommand extends InferenceCommand {

    @Option(names = "--calculator", paramLabel = "CALC", description = "asymptotics (default) or toys")
    HypothesisOptions.CalculatorName calculator = HypothesisOptions.CalculatorName.asymptotics;

    @Option(names = "--toys", paramLabel = "N", description = "pseudo-experiments per hypothesis (default 2000)")
    int toys = 2000;

    @Option(names = "--seed", paramLabel = "S", description = "master seed of the toys (default 0)")
    long seed;

    public SignificanceCommand(InferenceEnvironment environment) {
        super(environment);
    }

    @Override
    int run(ProfileLikelihood likelihood, TaskRunner runner) {
        if (calculator == HypothesisOptions.CalculatorName.toys && toys < 1) {
            throw new org.darkflav.cli.UserException("--toys must be at least 1, got " + toys);
        }
        Calculator calc = calculator == HypothesisOptions.CalculatorName.toys
                ? new Calculator.Toys(toys, seed) : Calculator.asymptotic();
        SignificanceResult r;
        try (TerminalProgress progress = progress("toys")) {
            r = new Significance(new HypoTest(likelihood, runner), calc)
                    .discovery(likelihood.model().observedData(), progress);
        }
        return print(toJson(r), toText(r), List.of(), r.test().fitsConverged());
    }

    static ObjectNode toJson(SignificanceResult r) {
        ObjectNode o = Json.object();
        Json.put(o, "q0_obs", r.q0Observed());
        Json.put(o, "p0_obs", r.p0Observed());
        Json.put(o, "Z_obs", r.zObserved());
        Json.band(o, "p0_exp", r.p0Expected());
        Json.put(o, "Z_exp_median", r.zExpectedMedian());
        return o;
    }

    private static String toText(SignificanceResult r) {
        return "discovery test (q0)\n"
                + "  q0 observed        " + fmt(r.q0Observed()) + "\n"
                + "  p0 observed        " + fmt(r.p0Observed()) + "\n"
                + "  Z  observed        " + fmt(r.zObserved()) + "\n"
                + "  p0 expected        " + fmt(r.p0Expected().toArray()) + "  (-2σ, -1σ, median, +1σ, +2σ)\n"
                + "  Z  expected median " + fmt(r.zExpectedMedian());
    }
}
