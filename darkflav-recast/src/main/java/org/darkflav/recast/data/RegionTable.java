package org.darkflav.recast.data;

import java.util.Arrays;
import java.util.List;

/**
 * Observed counts and per-sample templates of one analysis region in a fixed bin order.
 *
 * @param name region name (e.g. {@code ita_12bin_prefit})
 * @param observed observed counts per bin
 * @param samples templates in the order of the source table
 */
public record RegionTable(String name, double[] observed, List<BinnedTemplate> samples, Provenance provenance) {

    public RegionTable {
        samples = List.copyOf(samples);
        for (BinnedTemplate t : samples) {
            if (t.bins() != observed.length) {
                throw new IllegalArgumentException("region '" + name + "': sample '" + t.name() + "' has " + t.bins()
                        + " bins, the observation " + observed.length);
            }
        }
        observed = observed.clone();
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    public int bins() {
        return observed.length;
    }

    /** The sample named {@code sample}; the error lists the available names. */
    public BinnedTemplate sample(String sample) {
        return samples.stream().filter(t -> t.name().equals(sample)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("region '" + name + "' has no sample '" + sample
                        + "'; samples are " + samples.stream().map(BinnedTemplate::name).toList()));
    }

    /** Bin-wise sum of the named samples (statistical errors in quadrature). */
    public BinnedTemplate group(String groupName, String... sampleNames) {
        return BinnedTemplate.sum(groupName, Arrays.stream(sampleNames).map(this::sample)
                .toArray(BinnedTemplate[]::new));
    }
}
