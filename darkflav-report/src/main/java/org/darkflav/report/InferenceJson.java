package org.darkflav.report;

import java.util.List;
import org.darkflav.infer.GoodnessOfFitResult;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.ImpactResult;
import org.darkflav.infer.Pull;
import org.darkflav.infer.PullResult;
import org.darkflav.infer.RankingResult;
import org.darkflav.infer.ScanPoint;
import org.darkflav.infer.ScanResult;
import org.darkflav.infer.SignificanceResult;
import org.darkflav.infer.TestStatistic;
import org.darkflav.infer.ToyResult;
import org.darkflav.infer.UpperLimitResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inference results as JSON with pyhf's keys ({@code CLs_obs}, {@code CLs_exp}, ...), as the command line prints them
 * with {@code --json}. Numbers that are not finite become null.
 */
public final class InferenceJson {

    private InferenceJson() {}

    public static ObjectNode hypotest(HypoTestResult r) {
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

    public static ObjectNode limit(UpperLimitResult r) {
        ObjectNode o = Json.object();
        Json.put(o, "cl", r.cl());
        Json.put(o, "obs", r.observed());
        Json.band(o, "exp", r.expected());
        return o;
    }

    public static ObjectNode significance(SignificanceResult r) {
        ObjectNode o = Json.object();
        Json.put(o, "q0_obs", r.q0Observed());
        Json.put(o, "p0_obs", r.p0Observed());
        Json.put(o, "Z_obs", r.zObserved());
        Json.band(o, "p0_exp", r.p0Expected());
        Json.put(o, "Z_exp_median", r.zExpectedMedian());
        return o;
    }

    public static ObjectNode scan(ScanResult r) {
        ObjectNode o = Json.object();
        ArrayNode names = o.putArray("parameters");
        r.parameters().forEach(names::add);
        ArrayNode grids = o.putArray("grids");
        for (List<Double> g : r.grids()) {
            ArrayNode a = grids.addArray();
            g.forEach(v -> Json.number(a, v));
        }
        Json.put(o, "best_twice_nll", r.minimumTwiceNll());
        ArrayNode points = o.putArray("points");
        for (ScanPoint p : r.points()) {
            ObjectNode n = points.addObject();
            ArrayNode values = n.putArray("values");
            p.coordinates().forEach(v -> Json.number(values, v));
            Json.put(n, "twice_nll", p.twiceNll());
            Json.put(n, "delta_twice_nll", p.deltaTwiceNll());
            n.put("converged", p.converged());
        }
        return o;
    }

    public static ObjectNode pulls(PullResult r) {
        ObjectNode o = Json.object();
        ArrayNode labels = o.putArray("labels");
        r.pulls().forEach(p -> labels.add(p.parameter()));
        ArrayNode best = o.putArray("bestfit");
        ArrayNode unc = o.putArray("uncertainty");
        ArrayNode pulls = o.putArray("pulls");
        ArrayNode constraints = o.putArray("constraints");
        for (Pull p : r.pulls()) {
            Json.number(best, p.bestFit());
            Json.number(unc, p.postfitError());
            Json.number(pulls, p.pull());
            Json.number(constraints, p.constraint());
        }
        Json.put(o, "best_twice_nll", r.fit().minimum());
        ArrayNode corrLabels = o.putArray("corr_labels");
        r.correlations().parameters().forEach(corrLabels::add);
        ArrayNode corr = o.putArray("corr_mat");
        for (double[] row : r.correlations().values()) {
            ArrayNode a = corr.addArray();
            for (double v : row) {
                Json.number(a, v);
            }
        }
        return o;
    }

    public static ObjectNode ranking(RankingResult r) {
        ObjectNode o = Json.object();
        o.put("poi", r.poi());
        Json.put(o, "poi_bestfit", r.poiBestFit());
        Json.put(o, "poi_uncertainty", r.poiError());
        ArrayNode labels = o.putArray("labels");
        r.impacts().forEach(i -> labels.add(i.parameter()));
        column(o, "bestfit", r, ImpactResult::bestFit);
        column(o, "uncertainty", r, ImpactResult::postfitError);
        column(o, "prefit_up", r, ImpactResult::prefitUp);
        column(o, "prefit_down", r, ImpactResult::prefitDown);
        column(o, "postfit_up", r, ImpactResult::postfitUp);
        column(o, "postfit_down", r, ImpactResult::postfitDown);
        return o;
    }

    private static void column(ObjectNode o, String key, RankingResult r,
            java.util.function.ToDoubleFunction<ImpactResult> f) {
        ArrayNode a = o.putArray(key);
        r.impacts().forEach(i -> Json.number(a, f.applyAsDouble(i)));
    }

    public static ObjectNode gof(GoodnessOfFitResult r) {
        ObjectNode o = Json.object();
        Json.put(o, "best_twice_nll", r.twiceNllBestFit());
        Json.put(o, "delta_twice_nll", r.deltaTwiceNll());
        o.put("ndof", r.degreesOfFreedom());
        Json.put(o, "p_value", r.pValue());
        return o;
    }
}
