package org.darkflav.histfactory.workspace;

import java.util.List;

/** What {@link Workspace#prune} removes, by name (modifier types by type). Empty lists remove nothing. */
public record Pruning(
        List<String> channels,
        List<String> samples,
        List<String> modifiers,
        List<String> modifierTypes,
        List<String> measurements) {

    public Pruning {
        channels = List.copyOf(channels);
        samples = List.copyOf(samples);
        modifiers = List.copyOf(modifiers);
        modifierTypes = List.copyOf(modifierTypes);
        measurements = List.copyOf(measurements);
    }

    public static Pruning none() {
        return new Pruning(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Pruning withChannels(List<String> names) {
        return new Pruning(names, samples, modifiers, modifierTypes, measurements);
    }

    public Pruning withSamples(List<String> names) {
        return new Pruning(channels, names, modifiers, modifierTypes, measurements);
    }

    public Pruning withModifiers(List<String> names) {
        return new Pruning(channels, samples, names, modifierTypes, measurements);
    }

    public Pruning withModifierTypes(List<String> types) {
        return new Pruning(channels, samples, modifiers, types, measurements);
    }

    public Pruning withMeasurements(List<String> names) {
        return new Pruning(channels, samples, modifiers, modifierTypes, names);
    }
}
