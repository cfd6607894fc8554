package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.infer.FitDiagnostics;
import org.darkflav.infer.GoodnessOfFitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.TaskRunner;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ObjectNode;

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
        return print(toJson(r), toText(r), r.degreesOfFreedom() > 0 ? List.of()
                : List.of("no degrees of freedom left (bins ≤ free unconstrained parameters): no p-value"), true);
    }

    static ObjectNode toJson(GoodnessOfFitResult r) {
        ObjectNode o = Json.object();
        Json.put(o, "best_twice_nll", r.twiceNllBestFit());
        Json.put(o, "delta_twice_nll", r.deltaTwiceNll());
        o.put("ndof", r.degreesOfFreedom());
        Json.put(o, "p_value", r.pValue());
        return o;
    }

    private static String toText(GoodnessOfFitResult r) {
        return "saturated-model goodness of fit\n"
                + "  Δ(2NLL) to saturated  " + fmt(r.deltaTwiceNll()) + "\n"
                + "  degrees of freedom    " + r.degreesOfFreedom() + "\n"
                + "  p-value               " + fmt(r.pValue());
    }
}
