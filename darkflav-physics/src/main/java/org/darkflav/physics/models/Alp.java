package org.darkflav.physics.models;

import org.darkflav.physics.PhysicsInputException;

/**
 * An axion-like particle with the derivative coupling of Eq. (14):
 * (∂_μ a / 2f) s̄ γ^μ (g_V + g_A γ5) b + h.c.
 *
 * @param gV vector coupling
 * @param gA axial coupling
 * @param f  decay constant (GeV), > 0
 */
public record Alp(double gV, double gA, double f) implements NewPhysics {

    public Alp {
        if (!(f > 0) || Double.isInfinite(f)) {
            throw new PhysicsInputException("ALP decay constant f must be a positive finite number of GeV, got " + f);
        }
        if (!Double.isFinite(gV) || !Double.isFinite(gA)) {
            throw new PhysicsInputException("ALP couplings must be finite, got gV=" + gV + ", gA=" + gA);
        }
    }

    /** F_V = 2f/|g_V| (GeV); infinite when g_V = 0. */
    public double fV() {
        return 2.0 * f / Math.abs(gV);
    }

    /** F_A = 2f/|g_A| (GeV); infinite when g_A = 0. */
    public double fA() {
        return 2.0 * f / Math.abs(gA);
    }

    @Override
    public double vectorWeight() {
        return gV * gV / (f * f);
    }

    @Override
    public double axialWeight() {
        return gA * gA / (f * f);
    }
}
