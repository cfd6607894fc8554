package org.darkflav.cli.infer;

import java.util.List;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.TaskRunner;
import org.darkflav.infer.TestStatistic;
import org.darkflav.infer.ToyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

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
        return print(toJson(r), toText(r), List.of(), r.fitsConverged());
    }

    /**
     * The output contract. For q0, as pyhf's {@code hypotest}, "CLs_obs" and "CLs_exp" carry CL_{s+b}, i.e. the
     * background-only p-value p0 and its expected band.
     */
    static ObjectNode toJson(HypoTestResult r) {
        boolean q0 = r.testStatistic() == TestStatistic.Q0;
        ObjectNode o = Json.object();
        Json.put(o, "mu", r.poiValue());
        o.put("test_stat", r.testStatistic().pyhfName());
        Json.put(o, "CLs_obs", q0 ? r.clsb() : r.cls());
        Json.put(o, "CLsb_obs", r.clsb());
        Json.put(o, "CLb_obs", r.clb());
        Json.band(o, "CLs_exp", q0 ? r.clsbExpected() : r.clsExpected());
        r.toys().ifPresent(t -> addToys(o, t));
        return o;
    }

    private static void addToys(ObjectNode o, ToyResult t) {
        o.put("ntoys", t.count());
        o.put("seed", t.seed());
        Json.put(o, "CLs_obs_error", t.clsError());
        Json.put(o, "CLsb_obs_error", t.clsbError());
        Json.put(o, "CLb_obs_error", t.clbError());
        o.put("failed_toys", t.failedFits());
    }

    private static String toText(HypoTestResult r) {
        if (r.testStatistic() == TestStatistic.Q0) {
            return "discovery test at mu = 0 (q0)\n"
                    + "  q0              " + fmt(r.testStatisticObserved()) + "\n"
                    + "  p0 observed     " + fmt(r.clsb()) + "\n"
                    + "  p0 expected     " + fmt(r.clsbExpected().toArray()) + "  (-2σ, -1σ, median, +1σ, +2σ)";
        }
        String text = "hypothesis test at mu = " + fmt(r.poiValue()) + " (" + r.testStatistic().pyhfName() + ")\n"
                + "  test statistic  " + fmt(r.testStatisticObserved()) + "\n"
                + "  CLs  observed   " + fmt(r.cls()) + "\n"
                + "  CLsb observed   " + fmt(r.clsb()) + "\n"
                + "  CLb  observed   " + fmt(r.clb()) + "\n"
                + "  CLs  expected   " + fmt(r.clsExpected().toArray()) + "  (-2σ, -1σ, median, +1σ, +2σ)";
        if (r.toys().isPresent()) {
            ToyResult t = r.toys().get();
            text += "\n  toys            " + t.count() + " per hypothesis, seed " + t.seed() + ", CLs MC error "
                    + fmt(t.clsError());
        }
        return text;
    }
}
