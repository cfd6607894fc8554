package org.darkflav.recast.analysis;

import org.darkflav.recast.data.CountingResult;

/**
 * A single-bin counting search as flavio models it ({@code general_gamma_upper_limit}): n observed
 * events ~ Poisson(b + k·Br), background b ~ Gaussian(b₀, δb) truncated at b ≥ 0 and integrated out,
 * flat prior in Br ≥ 0. The sensitivity k (events per unit Br) is not published; it is fixed so that
 * the posterior's quantile at the quoted confidence level is the quoted upper limit.
 *
 * @param name channel label
 * @param observed n
 * @param background b₀
 * @param backgroundStd δb (0 = exactly known)
 * @param eventsPerBr k
 */
public record CountingChannel(String name, int observed, double background, double backgroundStd, double eventsPerBr) {

    private static final int BACKGROUND_NODES = 161;
    private static final double BACKGROUND_SPAN = 8;

    public CountingChannel {
        if (observed < 0 || !(background >= 0) || !(backgroundStd >= 0) || !(eventsPerBr > 0)) {
            throw new IllegalArgumentException("counting channel '" + name + "' needs n >= 0, b >= 0, db >= 0 and "
                    + "k > 0, got n = " + observed + ", b = " + background + ", db = " + backgroundStd + ", k = "
                    + eventsPerBr);
        }
    }

    /**
     * The channel with k matched to the quoted limit of {@code r}, which must give observed events, an upper
     * limit and either the expected background (BaBar 2013) or the fitted signal yield (Belle: then, as flavio
     * does, the background is observed − signal and {@code background_std} its uncertainty).
     */
    public static CountingChannel calibrated(CountingResult r) {
        double background = Double.isFinite(r.countsBackground()) ? r.countsBackground()
                : r.countsTotal() - r.countsSignal();
        if (!Double.isFinite(background) || !Double.isFinite(r.upperLimit()) || !Double.isFinite(r.countsTotal())
                || r.countsTotal() != Math.rint(r.countsTotal()) || background < 0) {
            throw new IllegalArgumentException("counting result " + r.measurement() + " " + r.observable()
                    + " lacks an integer observed count, a background (or fitted signal) or an upper limit; it cannot "
                    + "be calibrated");
        }
        double db = Double.isFinite(r.backgroundStd()) ? r.backgroundStd() : 0;
        CountingChannel unit = new CountingChannel(r.observable(), (int) r.countsTotal(), background, db, 1);
        double s = PosteriorQuantile.of(unit::likelihood, unit.signalRange(), r.confidenceLevel());
        return new CountingChannel(r.observable(), unit.observed, unit.background, db, s / r.upperLimit());
    }

    /** Likelihood of {@code signalEvents} (up to a constant): Poisson averaged over the background. */
    public double likelihood(double signalEvents) {
        return likelihoodAndSlope(signalEvents)[0];
    }

    /** {L(s), dL/ds} with L as {@link #likelihood}. */
    public double[] likelihoodAndSlope(double signalEvents) {
        if (backgroundStd == 0) {
            double mu = signalEvents + background;
            double p = poisson(mu);
            return new double[] {p, mu > 0 ? p * (observed / mu - 1) : 0};
        }
        double lo = Math.max(0, background - BACKGROUND_SPAN * backgroundStd);
        double hi = background + BACKGROUND_SPAN * backgroundStd;
        double h = (hi - lo) / (BACKGROUND_NODES - 1);
        double sum = 0;
        double slope = 0;
        double norm = 0;
        for (int i = 0; i < BACKGROUND_NODES; i++) {
            double b = lo + i * h;
            double z = (b - background) / backgroundStd;
            double w = Math.exp(-0.5 * z * z) * (i == 0 || i == BACKGROUND_NODES - 1 ? 0.5 : 1);
            double mu = signalEvents + b;
            double p = poisson(mu);
            sum += w * p;
            slope += mu > 0 ? w * p * (observed / mu - 1) : 0;
            norm += w;
        }
        return new double[] {sum / norm, slope / norm};
    }

    /** Likelihood of a branching fraction. */
    public double likelihoodOfBr(double br) {
        return likelihood(eventsPerBr * br);
    }

    /** Signal events beyond which the likelihood is negligible (below e^-40 of its peak). */
    double signalRange() {
        return observed + 12 * Math.sqrt(observed + 1.0) + 40 + BACKGROUND_SPAN * backgroundStd;
    }

    /** Poisson(n | mu) / Poisson(n | n) (a constant factor; keeps e^(n ln mu) in range for large n). */
    private double poisson(double mu) {
        if (mu <= 0) {
            return observed == 0 ? 1 : 0;
        }
        return observed == 0 ? Math.exp(-mu) : Math.exp(observed * Math.log(mu / observed) - mu + observed);
    }
}
