package org.darkflav.infer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.darkflav.fit.FitResult;

/**
 * A maximum-likelihood fit of a model, with its parameters by name (pyhf's {@code mle.fit} with
 * {@code return_uncertainties=True}).
 *
 * @param parameterNames the model's parameter names, in model order
 * @param poiIndex index of the parameter of interest, −1 if the model has none
 * @param result the minimiser's result (values, errors, covariance, diagnosis)
 */
public record ModelFit(List<String> parameterNames, int poiIndex, FitResult result) {

    public ModelFit {
        parameterNames = List.copyOf(parameterNames);
        if (parameterNames.size() != result.values().length) {
            throw new IllegalArgumentException(parameterNames.size() + " names for " + result.values().length
                    + " fitted values");
        }
    }

    /** The best-fit value of parameter {@code name}. */
    public double value(String name) {
        return result.values()[index(name)];
    }

    /** The Hesse error of parameter {@code name} (0 for a fixed parameter). */
    public double error(String name) {
        return result.errors()[index(name)];
    }

    /** Best-fit values by name, in model order. */
    public Map<String, Double> values() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < parameterNames.size(); i++) {
            out.put(parameterNames.get(i), result.values()[i]);
        }
        return out;
    }

    /** −2 log L at the minimum. */
    public double twiceNll() {
        return result.minimum();
    }

    public boolean converged() {
        return result.converged();
    }

    /** Index of parameter {@code name}; fails with the list of names. */
    public int index(String name) {
        int i = parameterNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter named '" + name + "'; the model has " + parameterNames);
        }
        return i;
    }
}
