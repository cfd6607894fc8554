package org.darkflav.histfactory.predict;

import java.util.List;
import java.util.Objects;

/**
 * One channel of a {@link ModelPrediction}. Arrays are copied on the way in and out.
 *
 * @param channel channel name
 * @param samples names of the samples present in this channel, in the model's (sorted) order
 * @param yields per sample, the expected yield per bin
 * @param total expected yield per bin, summed over the samples
 * @param totalUncertainty 1σ uncertainty of {@code total} per bin; NaN where it is unknown (no covariance)
 * @param observed observed counts per bin
 */
public record ChannelPrediction(String channel, List<String> samples, List<double[]> yields, double[] total,
        double[] totalUncertainty, double[] observed) {

    public ChannelPrediction {
        Objects.requireNonNull(channel, "channel");
        samples = List.copyOf(samples);
        yields = yields.stream().map(double[]::clone).toList();
        total = total.clone();
        totalUncertainty = totalUncertainty.clone();
        observed = observed.clone();
        if (samples.size() != yields.size()) {
            throw new IllegalArgumentException(samples.size() + " sample names for " + yields.size() + " yields");
        }
        for (double[] y : yields) {
            requireBins(y, total.length);
        }
        requireBins(totalUncertainty, total.length);
        requireBins(observed, total.length);
    }

    private static void requireBins(double[] values, int bins) {
        if (values.length != bins) {
            throw new IllegalArgumentException(values.length + " values for " + bins + " bins");
        }
    }

    @Override
    public List<double[]> yields() {
        return yields.stream().map(double[]::clone).toList();
    }

    @Override
    public double[] total() {
        return total.clone();
    }

    @Override
    public double[] totalUncertainty() {
        return totalUncertainty.clone();
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    /** Number of bins. */
    public int bins() {
        return total.length;
    }
}
