package org.darkflav.physics.kinematics;

/** The Källén (triangle) function and the two-body momentum built from it. */
public final class Kallen {

    private Kallen() {}

    /** lambda(a, b, c) = a² + b² + c² − 2(ab + ac + bc), for squared masses a, b, c. */
    public static double lambda(double a, double b, double c) {
        return a * a + b * b + c * c - 2.0 * (a * b + a * c + b * c);
    }

    /**
     * The dimensionless function of Eq. (6) of the paper: lambda(1, m_K²/m_B², m_X²/m_B²) =
     * lambda(m_B², m_K², m_X²) / m_B⁴.
     */
    public static double dimensionless(double mB, double mK, double mX) {
        double rK = mK * mK / (mB * mB);
        double rX = mX * mX / (mB * mB);
        return lambda(1.0, rK, rX);
    }

    /**
     * Momentum of either daughter in the rest frame of a parent of mass {@code m} decaying to masses
     * {@code m1}, {@code m2}: sqrt(lambda(m², m1², m2²)) / (2 m); zero at (and clipped to zero beyond)
     * threshold.
     */
    public static double twoBodyMomentum(double m, double m1, double m2) {
        double l = lambda(m * m, m1 * m1, m2 * m2);
        return l <= 0 ? 0.0 : Math.sqrt(l) / (2.0 * m);
    }
}
