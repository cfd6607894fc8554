package org.darkflav.recast.templates;

/**
 * What happens to the part of a smeared signal that falls outside the analysis bins (below the first
 * edge, e.g. q²rec &lt; −1 GeV², or above the last).
 */
public enum OutOfRangePolicy {
    /**
     * Condition on the binned range: bin fractions sum to 1. Use when the quoted efficiency is
     * defined for events inside the bins (the paper's "2 % per η bin" is the SM signal summed over the
     * three q² bins), so a signal near the edge keeps its full efficiency.
     */
    RENORMALISE_TO_BINNED_RANGE,
    /**
     * Keep the fractions of the full-line shape: probability outside the bins is lost, acting as an
     * extra inefficiency near the edges.
     */
    LOSE_OUTSIDE
}
