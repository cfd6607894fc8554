package org.darkflav.histfactory.predict;

import java.util.List;
import java.util.Objects;

/**
 * The yields of a model in every channel at one set of parameter values, with their uncertainty.
 *
 * @param label what the parameters are, e.g. "pre-fit" or "post-fit"
 * @param parameters the parameter values the yields are computed at, in model order
 * @param channels one per channel, in the model's (sorted) order
 */
public record ModelPrediction(String label, double[] parameters, List<ChannelPrediction> channels) {

    public ModelPrediction {
        Objects.requireNonNull(label, "label");
        parameters = parameters.clone();
        channels = List.copyOf(channels);
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** The channel called {@code name}; fails with the list of channels. */
    public ChannelPrediction channel(String name) {
        return channels.stream().filter(c -> c.channel().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no channel named '" + name + "'; the model has "
                        + channels.stream().map(ChannelPrediction::channel).toList()));
    }
}
