package org.darkflav.recast.projection;

/**
 * How the systematic uncertainties of a workspace change when it is projected to a larger dataset.
 * Statistical uncertainties always scale: the main counts by the Poisson terms of the larger data, the
 * {@code staterror} (template statistics) because its absolute size grows like √s with yields × s, i.e.
 * we assume the simulated samples grow with the data (Belle II produces its MC in proportion to the
 * recorded luminosity).
 */
public enum SystematicsScaling {

    /**
     * Systematics unchanged: their size relative to the yields is kept (normsys factors unchanged,
     * histosys deviations × s like the yields, shapesys absolute uncertainties × s). The conservative
     * reading: the projection then saturates once the systematics dominate.
     */
    STAT_ONLY_SCALING,

    /**
     * Systematics shrink like 1/√s relative to the yields, as Belle II assumes in its own physics-book
     * projections (systematics constrained by control samples that grow with the data): normsys factors
     * move toward 1 as 1 + (f − 1)/√s, histosys deviations from the nominal are × √s in absolute size
     * (the yields are × s), shapesys absolute uncertainties × √s.
     */
    SYSTEMATICS_SCALE_WITH_SQRT_L;

    /** Relative size of a systematic after scaling the dataset by {@code s}: 1 or 1/√s. */
    public double relativeFactor(double s) {
        return this == STAT_ONLY_SCALING ? 1.0 : 1.0 / Math.sqrt(s);
    }
}
