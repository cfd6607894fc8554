package org.darkflav.histfactory.spec;

import java.util.List;

/** One channel: a name and its samples, in file order. */
public record ChannelSpec(String name, List<SampleSpec> samples) {

    public ChannelSpec {
        samples = List.copyOf(samples);
    }

    /** Number of bins, taken from the first sample (the reader checks all samples agree). */
    public int bins() {
        return samples.isEmpty() ? 0 : samples.get(0).data().length;
    }
}
