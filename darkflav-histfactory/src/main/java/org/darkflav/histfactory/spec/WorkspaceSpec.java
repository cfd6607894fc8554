package org.darkflav.histfactory.spec;

import java.util.List;

/**
 * A pyhf workspace (schema 1.0.0) as immutable records: channels in file order, observations,
 * measurements and the version string.
 */
public record WorkspaceSpec(
        List<ChannelSpec> channels,
        List<ObservationSpec> observations,
        List<MeasurementSpec> measurements,
        String version) {

    public WorkspaceSpec {
        channels = List.copyOf(channels);
        observations = List.copyOf(observations);
        measurements = List.copyOf(measurements);
    }
}
