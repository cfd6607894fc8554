package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.infer.Calculator;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.Significance;
import org.darkflav.infer.SignificanceResult;
import org.darkflav.infer.TaskRunner;
import org.darkflav.report.InferenceJson;
import org.darkflav.report.InferenceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        return print(InferenceJson.significance(r), InferenceText.significance(r), List.of(), r.test().fitsConverged());
    }
}
