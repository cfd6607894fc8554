package org.darkflav.histfactory.parametrised;

import java.util.List;

/** Names, suggested inits, bounds, fixed flags and constraint widths of a model's parameters, index-aligned. */
record ParameterTable(List<String> names, double[] init, double[] lower, double[] upper, boolean[] fixed,
        double[] widths) {

    ParameterTable {
        names = List.copyOf(names);
    }
}
