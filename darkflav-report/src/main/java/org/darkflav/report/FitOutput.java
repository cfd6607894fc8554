package org.darkflav.report;

import java.util.List;
import java.util.Locale;
import org.darkflav.fit.FitResult;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A maximum-likelihood fit of a workspace as {@code darkflav fit} prints it: JSON with pyhf's keys, or a table. */
public final class FitOutput {

    private FitOutput() {}

    /**
     * pyhf-shaped keys ({@code twice_nll}, {@code parameters} with {@code name}, {@code value}, {@code error}) and the
     * fit's diagnosis ({@code converged}, {@code status}, {@code edm}, {@code iterations}, {@code log}).
     *
     * @param label how the workspace was named to the user (file, stdin)
     * @param fixed the parameters held fixed in the fit
     */
    public static ObjectNode json(String label, HistFactoryModel model, boolean[] fixed, FitResult r) {
        ObjectNode o = Json.object();
        o.put("workspace", label);
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
            p.put("fixed", fixed[i]);
            p.put("at_limit", r.atLimit()[i]);
        }
        ArrayNode log = o.putArray("log");
        r.log().forEach(log::add);
        return o;
    }

    /** The same as a short table: status line, then value and error per parameter. */
    public static String text(String label, HistFactoryModel model, boolean[] fixed, FitResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "workspace   %s (measurement %s)%n", DisplayText.oneLine(label),
                DisplayText.name(model.measurement())));
        s.append(String.format(Locale.ROOT, "twice_nll   %.6f%n", r.minimum()));
        s.append(String.format(Locale.ROOT, "status      %s  (edm %.2e, %d iterations, %d evaluations)%n",
                r.converged() ? "converged" : "NOT CONVERGED: " + r.status(), r.edm(), r.iterations(), r.evaluations()));
        List<String> names = model.parameterNames();
        List<String> shown = names.stream().map(DisplayText::name).toList();
        int width = Math.max(9, shown.stream().mapToInt(String::length).max().orElse(9));
        s.append(String.format(Locale.ROOT, "%n%-" + width + "s  %14s  %12s%n", "parameter", "value", "error"));
        for (int i = 0; i < names.size(); i++) {
            String note = fixed[i] ? "  fixed" : r.atLimit()[i] ? "  at limit" : "";
            String mark = i == model.poiIndex() ? "  (POI)" : "";
            s.append(String.format(Locale.ROOT, "%-" + width + "s  %14.6g  %12.4g%s%s%n", shown.get(i), r.values()[i],
                    r.errors()[i], note, mark));
        }
        return s.toString();
    }
}
