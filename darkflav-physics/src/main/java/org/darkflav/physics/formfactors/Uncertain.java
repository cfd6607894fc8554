package org.darkflav.physics.formfactors;

/**
 * A value with a symmetric 1-sigma uncertainty.
 *
 * @param value central value
 * @param sigma 1-sigma uncertainty
 */
public record Uncertain(double value, double sigma) {

    /** Relative uncertainty sigma / |value|. */
    public double relative() {
        return sigma / Math.abs(value);
    }
}
