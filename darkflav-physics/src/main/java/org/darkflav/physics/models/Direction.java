package org.darkflav.physics.models;

/**
 * A direction in the (g_L, g_R) plane, used to turn a branching ratio into one coupling magnitude
 * g: the couplings are g times {@link #unit()}.
 */
public enum Direction {
    /** g_L = g_R = g (pure vector, g_V = 2g). */
    VECTOR(1, 1),
    /** g_R = −g_L = g (pure axial, g_A = 2g). */
    AXIAL(-1, 1),
    /** Only g_L = g. */
    LEFT(1, 0),
    /** Only g_R = g. */
    RIGHT(0, 1);

    private final Couplings unit;

    Direction(double gL, double gR) {
        this.unit = new Couplings(gL, gR);
    }

    /** The couplings for g = 1. */
    public Couplings unit() {
        return unit;
    }
}
