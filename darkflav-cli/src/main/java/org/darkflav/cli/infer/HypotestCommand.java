package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.TaskRunner;
import org.darkflav.infer.TestStatistic;
import org.darkflav.report.InferenceJson;
import org.darkflav.report.InferenceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code darkflav hypotest WS --mu X}: CLs at one POI value, as pyhf's {@code hypotest} / {@code pyhf cls}. */
@Command(name = "hypotest", mixinStandardHelpOptions = true,
        description = "CLs hypothesis test at one POI value (observed and expected band).")
public final class HypotestCommand extends InferenceCommand {

    @Option(names = "--mu", paramLabel = "X",
            description = "tested POI value, inside the POI's bounds (default 1; 0 with --test-stat q0, which tests 0 only)")
    Double mu;

    @Mixin HypothesisOptions hypothesis;

    public HypotestCommand(InferenceEnvironment environment) {
        super(environment);
    }

    @Override
    int run(ProfileLikelihood likelihood, TaskRunner runner) {
        HypoTestResult r;
        try (TerminalProgress progress = progress("toys")) {
            double tested = mu != null ? mu : hypothesis.testStatistic == TestStatistic.Q0 ? 0.0 : 1.0;
            r = new HypoTest(likelihood, runner).test(tested, hypothesis.testStatistic, hypothesis.toCalculator(),
                    progress);
        }
        return print(InferenceJson.hypotest(r), InferenceText.hypotest(r), List.of(), r.fitsConverged());
    }

    /**
     * The output contract. For q0, as pyhf's {@code hypotest}, "CLs_obs" and "CLs_exp" carry CL_{s+b}, i.e. the
     * background-only p-value p0 and its expected band.
     */
}
