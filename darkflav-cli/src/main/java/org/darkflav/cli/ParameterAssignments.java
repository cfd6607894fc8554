package org.darkflav.cli;

import java.util.List;
import org.darkflav.histfactory.likelihood.HistFactoryModel;

/** Parses {@code name=value} and {@code name=lo:hi} options against a model's parameter names. */
final class ParameterAssignments {

    private ParameterAssignments() {}

    static int index(HistFactoryModel model, String name, String option) {
        int i = model.layout().indexOf(name);
        if (i < 0) {
            List<String> names = model.parameterNames();
            throw new UserException(option + ": no parameter '" + name + "'; the model has " + names.size()
                    + " parameters, e.g. " + names.subList(0, Math.min(8, names.size()))
                    + " (see 'darkflav inspect')");
        }
        return i;
    }

    static String[] split(String assignment, String option) {
        String[] kv = assignment.split("=", 2);
        if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
            throw new UserException(option + " expects NAME=VALUE, got '" + assignment + "'");
        }
        return new String[] {kv[0].trim(), kv[1].trim()};
    }

    static double number(String text, String option) {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UserException(option + ": '" + text + "' is not a finite number");
        }
    }
}
