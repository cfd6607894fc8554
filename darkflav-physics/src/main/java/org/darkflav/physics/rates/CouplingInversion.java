package org.darkflav.physics.rates;

import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.Direction;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;

/**
 * Branching ratio ↔ coupling. All rates are quadratic in the couplings, so along a fixed direction
 * Br = |g|² Br(unit) and |g| = sqrt(Br / Br(unit)); for the ALP, F = 2f/|g| = 2 sqrt(Br_unit / Br),
 * with Br_unit the branching ratio at |g/f| = 1 GeV⁻¹. An interval in Br maps monotonically onto an
 * interval in the coupling (endpoints swapped for F, which falls with Br).
 */
public final class CouplingInversion {

    private CouplingInversion() {}

    /** |g| along {@code direction} that gives {@code br} for a Z′ of mass {@code mX}. */
    public static double zPrimeCoupling(BToKX process, double mX, ZPrimeOperator operator, Direction direction, double br) {
        checkBr(br);
        double unit = process.br(mX, new ZPrime(operator, direction.unit()));
        if (!(unit > 0)) {
            throw new PhysicsInputException(String.format(
                    "a %s coupling gives Br = 0 in %s at m = %s GeV (e.g. B -> K does not depend on g_A, "
                            + "and rates vanish at the kinematic endpoint); choose another direction or mode",
                    direction.name().toLowerCase(java.util.Locale.ROOT), process.kinematics().mode(), mX));
        }
        return Math.sqrt(br / unit);
    }

    /** Interval of |g| for a Br interval. */
    public static Interval zPrimeCoupling(BToKX process, double mX, ZPrimeOperator operator, Direction direction,
                                          Interval br) {
        double unit = zPrimeCoupling(process, mX, operator, direction, 1.0);
        return new Interval(unit * Math.sqrt(br.central()), unit * Math.sqrt(Math.max(0.0, br.low())),
                unit * Math.sqrt(br.high()));
    }

    /** The couplings (g_L, g_R) that give {@code br} along {@code direction}. */
    public static Couplings zPrimeCouplings(BToKX process, double mX, ZPrimeOperator operator, Direction direction,
                                            double br) {
        return direction.unit().scaled(zPrimeCoupling(process, mX, operator, direction, br));
    }

    /**
     * ALP effective decay constant that gives {@code br}: F_V = 2f/|g_V| for a K channel (Eq. 15),
     * F_A = 2f/|g_A| for a K* channel (Eq. 16).
     */
    public static double alpDecayConstant(BToKX process, double mX, double br) {
        checkBr(br);
        RateCoefficients c = process.alp(mX);
        double perUnit = process.kinematics().br(c.vector() + c.axial());
        if (!(perUnit > 0)) {
            throw new PhysicsInputException("the ALP rate vanishes in " + process.kinematics().mode() + " at m = " + mX
                    + " GeV (kinematic endpoint); no decay constant reproduces Br = " + br);
        }
        return 2.0 * Math.sqrt(perUnit / br);
    }

    /** Interval of the ALP decay constant for a Br interval (an interval reaching Br ≤ 0 gives an infinite upper end). */
    public static Interval alpDecayConstant(BToKX process, double mX, Interval br) {
        double atUnitBr = alpDecayConstant(process, mX, 1.0);
        double high = br.low() > 0 ? atUnitBr / Math.sqrt(br.low()) : Double.POSITIVE_INFINITY;
        return new Interval(atUnitBr / Math.sqrt(br.central()), atUnitBr / Math.sqrt(br.high()), high);
    }

    private static void checkBr(double br) {
        if (!(br > 0) || Double.isInfinite(br)) {
            throw new PhysicsInputException("branching ratio must be a positive number, got " + br);
        }
    }
}
