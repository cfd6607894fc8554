package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.infer.FitDiagnostics;
import org.darkflav.infer.GoodnessOfFitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.TaskRunner;
import org.darkflav.report.InferenceJson;
import org.darkflav.report.InferenceText;
import picocli.CommandLine.Command;

/** {@code darkflav gof WS}: saturated-model goodness of fit and its χ² p-value. */
@Command(name = "gof", mixinStandardHelpOptions = true,
        description = "Saturated-model goodness of fit of the free fit, with its chi-square p-value.")
public final class GofCommand extends InferenceCommand {

    public GofCommand(InferenceEnvironment environment) {
        super(environment);
    }

    @Override
    int run(ProfileLikelihood likelihood, TaskRunner runner) {
        GoodnessOfFitResult r = new FitDiagnostics(likelihood, runner).goodnessOfFit(likelihood.model().observedData());
        return print(InferenceJson.gof(r), InferenceText.gof(r), r.degreesOfFreedom() > 0 ? List.of()
                : List.of("no degrees of freedom left (bins ≤ free unconstrained parameters): no p-value"), true);
    }
}
