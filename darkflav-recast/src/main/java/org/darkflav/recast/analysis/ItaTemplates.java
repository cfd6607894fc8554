package org.darkflav.recast.analysis;

import org.darkflav.recast.data.BinnedTemplate;

/**
 * The four templates and the data of the paper-method fit in the 12-bin ITA layout.
 *
 * @param observed on-resonance counts per bin
 * @param bbbar B B̄ background (charged + mixed)
 * @param continuum e⁺e⁻ → q q̄ background (c c̄ + u ū + d d̄ + s s̄)
 * @param taupair e⁺e⁻ → τ⁺τ⁻ background
 * @param smSignal SM B⁺ → K⁺νν̄ at its SM rate (μ = 1)
 * @param origin where the yields come from, for reports
 * @param derived whether the yields were derived by us (e.g. from our own fit) rather than published
 */
public record ItaTemplates(double[] observed, BinnedTemplate bbbar, BinnedTemplate continuum, BinnedTemplate taupair,
        BinnedTemplate smSignal, String origin, boolean derived) {

    public ItaTemplates {
        for (BinnedTemplate t : new BinnedTemplate[] {bbbar, continuum, taupair, smSignal}) {
            if (t.bins() != observed.length) {
                throw new IllegalArgumentException("ITA template '" + t.name() + "' has " + t.bins()
                        + " bins, the data " + observed.length);
            }
        }
        observed = observed.clone();
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }
}
