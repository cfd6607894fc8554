package org.darkflav.histfactory.spec;

import java.util.List;

/** One sample of a channel: nominal yields per bin and its modifiers in file order. Arrays are not to be mutated. */
public record SampleSpec(String name, double[] data, List<ModifierSpec> modifiers) {

    public SampleSpec {
        modifiers = List.copyOf(modifiers);
    }
}
