package org.darkflav.recast.analysis;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.CountingResult;

/**
 * APPROXIMATE cross-check of the B → K* X limit from BaBar's 2013 hadronic-tag single-bin results
 * (B⁺ → K*⁺νν̄: 6 observed, 4.3 ± 0.14 background, Br &lt; 11.6e-5; B⁰ → K*⁰νν̄: 9 observed,
 * 7.7 ± 0.5, Br &lt; 9.3e-5; via flavio), each a {@link CountingChannel} calibrated on its quoted 90 %
 * limit for the SM-like νν̄ signal. The efficiency for an X line versus q² is unknown: it is taken flat,
 * equal to the νν̄ signal's average, so the limit does not depend on m_X. The combination assumes one
 * common Br for B⁺ and B⁰ (the ~8 % lifetime ratio and isospin effects are ignored).
 *
 * @param channels the calibrated channels, charged first
 */
public record BabarKstarCounting(List<CountingChannel> channels) {

    /** Label for tables and plots. */
    public static final String NOTE = "APPROXIMATE: BaBar 2013 hadronic-tag single-bin counts (flavio), sensitivity "
            + "fixed by the quoted 90 % CL limit for K* nu nubar, X efficiency assumed flat in q^2 (so no m_X "
            + "dependence), flat prior in Br >= 0, background Gaussian; combination with a common Br";

    private static final String INSPIRE = "Lees:2013kla";

    public BabarKstarCounting {
        channels = List.copyOf(channels);
    }

    public static BabarKstarCounting fromBundles(AnalysisBundles bundles) {
        List<CountingChannel> out = new ArrayList<>();
        for (String observable : List.of("BR(B+->K*nunu)", "BR(B0->K*nunu)")) {
            CountingResult r = bundles.countingResults().stream()
                    .filter(c -> c.inspireKey().equals(INSPIRE) && c.observable().equals(observable)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("counting bundle lacks " + INSPIRE + " " + observable));
            out.add(CountingChannel.calibrated(r));
        }
        return new BabarKstarCounting(out);
    }

    /** Upper limit on Br of one channel at {@code cl} (posterior quantile). */
    public double upperLimit(CountingChannel c, double cl) {
        return PosteriorQuantile.of(c::likelihoodOfBr, c.signalRange() / c.eventsPerBr(), cl);
    }

    /** Upper limit on a common Br of all channels at {@code cl}. */
    public double combinedUpperLimit(double cl) {
        double range = Double.MAX_VALUE;
        for (CountingChannel c : channels) {
            range = Math.min(range, c.signalRange() / c.eventsPerBr());
        }
        return PosteriorQuantile.of(br -> {
            double l = 1;
            for (CountingChannel c : channels) {
                l *= c.likelihoodOfBr(br);
            }
            return l;
        }, range, cl);
    }

    /** Per channel and combined: 90 % and 95 % limits. */
    public List<CountingLimit> limits() {
        List<CountingLimit> out = new ArrayList<>();
        for (CountingChannel c : channels) {
            out.add(new CountingLimit(c.name(), c.observed(), c.background(), c.backgroundStd(), c.eventsPerBr(),
                    upperLimit(c, 0.90), upperLimit(c, 0.95)));
        }
        out.add(new CountingLimit("combined (common Br)", -1, Double.NaN, Double.NaN, Double.NaN,
                combinedUpperLimit(0.90), combinedUpperLimit(0.95)));
        return out;
    }
}
