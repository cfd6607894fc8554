package org.darkflav.recast.analysis;

/**
 * The likelihood of one single-bin counting channel ({@link CountingChannel}, background integrated out) as a
 * function of a branching fraction Br that the channel sees as {@code scale} × Br (e.g. the B⁰/B⁺ lifetime
 * ratio for a neutral mode when Br is the charged one), with the channel's flat efficiency.
 */
public final class CountingBrLikelihood extends NumericBrLikelihood {

    private final CountingChannel channel;
    private final double scale;
    private final String label;

    /**
     * @param scale the channel's Br per unit of this likelihood's Br
     * @param label one line for reports
     */
    public CountingBrLikelihood(CountingChannel channel, double scale, String label) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("the Br scale of a counting channel must be positive, got " + scale);
        }
        this.channel = channel;
        this.scale = scale;
        this.label = label;
    }

    public CountingChannel channel() {
        return channel;
    }

    @Override
    double twiceNll(double br) {
        return -2 * Math.log(channel.likelihoodAndSlope(channel.eventsPerBr() * scale * br)[0]);
    }

    @Override
    public double derivative(double br) {
        requireDomain(br);
        double[] l = channel.likelihoodAndSlope(channel.eventsPerBr() * scale * br);
        return -2 * l[1] / l[0] * channel.eventsPerBr() * scale;
    }

    @Override
    double reach() {
        return channel.signalRange() / (channel.eventsPerBr() * scale);
    }

    @Override
    public String label() {
        return label;
    }
}
