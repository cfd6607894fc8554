package org.darkflav.histfactory.workspace;

import java.util.Map;

/** Old name → new name maps for {@link Workspace#rename}. Empty maps rename nothing. */
public record Renaming(
        Map<String, String> channels,
        Map<String, String> samples,
        Map<String, String> modifiers,
        Map<String, String> measurements) {

    public Renaming {
        channels = Map.copyOf(channels);
        samples = Map.copyOf(samples);
        modifiers = Map.copyOf(modifiers);
        measurements = Map.copyOf(measurements);
    }

    public static Renaming none() {
        return new Renaming(Map.of(), Map.of(), Map.of(), Map.of());
    }

    public Renaming withChannels(Map<String, String> map) {
        return new Renaming(map, samples, modifiers, measurements);
    }

    public Renaming withSamples(Map<String, String> map) {
        return new Renaming(channels, map, modifiers, measurements);
    }

    public Renaming withModifiers(Map<String, String> map) {
        return new Renaming(channels, samples, map, measurements);
    }

    public Renaming withMeasurements(Map<String, String> map) {
        return new Renaming(channels, samples, modifiers, map);
    }
}
