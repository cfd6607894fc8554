package org.darkflav.histfactory.spec;

import java.util.List;
import java.util.Optional;

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

    /** The channel called {@code name}, if any. */
    public Optional<ChannelSpec> channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The observation of channel {@code name}, if any. */
    public Optional<ObservationSpec> observation(String name) {
        return observations.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The measurement called {@code name}, if any. */
    public Optional<MeasurementSpec> measurement(String name) {
        return measurements.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
