package org.darkflav.histfactory.spec;

import java.util.List;

/** A measurement: its name, the parameter of interest and parameter configurations. */
public record MeasurementSpec(String name, String poi, List<ParameterConfig> parameters) {

    public MeasurementSpec {
        parameters = List.copyOf(parameters);
    }
}
