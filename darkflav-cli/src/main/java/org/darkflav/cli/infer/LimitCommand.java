package org.darkflav.cli.infer;

import org.darkflav.infer.HypoTest;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.TaskRunner;
import org.darkflav.infer.UpperLimit;
import org.darkflav.infer.UpperLimitResult;
import org.darkflav.report.InferenceJson;
import org.darkflav.report.InferenceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code darkflav limit WS}: CLs upper limits on the POI, observed and expected band. */
@Command(name = "limit", mixinStandardHelpOptions = true,
        description = "CLs upper limit on the POI (observed and expected band), by root finding or a grid scan.")
public final class LimitCommand extends InferenceCommand {

    @Option(names = "--cl", paramLabel = "CL", description = "confidence level (default 0.95)")
    double cl = 0.95;

    @Option(names = "--scan", paramLabel = "LO:HI:N",
            description = "hypothesis tests on this grid and linear interpolation, instead of root finding")
    String scan;

    @Option(names = "--rtol", paramLabel = "R", description = "relative tolerance of root finding (default 1e-4)")
    double rtol = 1e-4;

    @Mixin HypothesisOptions hypothesis;

    public LimitCommand(InferenceEnvironment environment) {
        super(environment);
    }

    @Override
    int run(ProfileLikelihood likelihood, TaskRunner runner) {
        if (!(cl > 0 && cl < 1)) {
            throw new org.darkflav.cli.UserException("--cl must be between 0 and 1, got " + cl);
        }
        if (!(rtol > 0 && rtol < 1)) {
            throw new org.darkflav.cli.UserException("--rtol must be between 0 and 1, got " + rtol);
        }
        UpperLimit limit = new UpperLimit(new HypoTest(likelihood, runner), hypothesis.testStatistic,
                hypothesis.toCalculator(), runner);
        double[] data = likelihood.model().observedData();
        UpperLimitResult r;
        try (TerminalProgress progress = progress("limit")) {
            r = scan != null
                    ? limit.gridScan(data, cl, Ranges.linspace("--scan", scan), progress)
                    : limit.rootFinding(data, cl, likelihood.poiLowerBound(), likelihood.poiUpperBound(), rtol,
                            progress);
        }
        boolean converged = r.tests().stream().allMatch(t -> t.fitsConverged());
        return print(InferenceJson.limit(r), InferenceText.limit(r), r.warnings(), converged);
    }
}
