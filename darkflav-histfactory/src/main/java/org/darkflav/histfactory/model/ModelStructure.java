package org.darkflav.histfactory.model;

import java.util.List;

/**
 * Names and shape of a compiled model, in pyhf's order: channels sorted by name, their bin ranges on
 * the global axis, and the (channel, sample) blocks.
 *
 * @param channels channel names, sorted
 * @param channelOffsets first global bin of each channel, plus the total bin count at the end
 * @param samples sample names over all channels, sorted
 * @param blocks the (channel, sample) pairs present in the spec, in cell order
 */
public record ModelStructure(List<String> channels, int[] channelOffsets, List<String> samples, List<Block> blocks) {

    /** One sample in one channel. */
    public record Block(String channel, String sample, int firstBin, int bins) {}

    public int bins() {
        return channelOffsets[channelOffsets.length - 1];
    }

    public int channelBins(int channel) {
        return channelOffsets[channel + 1] - channelOffsets[channel];
    }
}
