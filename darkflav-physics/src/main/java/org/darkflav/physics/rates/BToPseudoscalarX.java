package org.darkflav.physics.rates;

import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_PLUS;
import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_T;
import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_ZERO;

import java.util.Objects;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.formfactors.GaussianCoefficients;
import org.darkflav.physics.formfactors.LinearFormFactors;
import org.darkflav.physics.formfactors.PseudoscalarFormFactor;
import org.darkflav.physics.kinematics.ModeKinematics;
import org.darkflav.physics.models.ZPrimeOperator;

/**
 * B → K X (B+ → K+ or B0 → K0). Only the vector (f_+) and tensor (f_T) currents contribute for a Z′,
 * and only g_V; the ALP rate uses f_0:
 * <pre>
 *   Γ⁽⁴⁾ = |g_V|² m_B³ /(64π m²) λ^(3/2) f_+²                        (3)
 *   Γ⁽⁵⁾ = |g_V/Λ|² m_B m² /(16π) (1 + m_K/m_B)⁻² λ^(3/2) f_T²       (4)
 *   Γ⁽⁶⁾ = |g_V/Λ²|² m_B³ m² /(64π) λ^(3/2) f_+²                      (5)
 *   Γ(a) = |g_V/f|² m_B³ /(64π) (1 − m_K²/m_B²)² λ^(1/2) f_0²         (15)
 * </pre>
 */
public final class BToPseudoscalarX implements BToKX {

    private final ModeKinematics kin;
    private final LinearFormFactors<PseudoscalarFormFactor> ff;
    private final FormulaVariant variant;

    /**
     * @param kin     channel (must be a K, not a K*, channel)
     * @param ff      B → K form factors
     * @param variant corrected or as-printed formulas
     */
    public BToPseudoscalarX(ModeKinematics kin, LinearFormFactors<PseudoscalarFormFactor> ff, FormulaVariant variant) {
        this.kin = Objects.requireNonNull(kin, "kin");
        this.ff = Objects.requireNonNull(ff, "ff");
        this.variant = Objects.requireNonNull(variant, "variant");
        if (kin.mode().vectorMeson()) {
            throw new PhysicsInputException("B -> K X needs a K channel, got " + kin.mode());
        }
    }

    @Override
    public ModeKinematics kinematics() {
        return kin;
    }

    @Override
    public RateCoefficients zPrime(double mX, ZPrimeOperator operator) {
        kin.checkMass(mX, operator != ZPrimeOperator.DIM4);
        double mB = kin.mB();
        double m2 = mX * mX;
        double q2 = m2;
        double l32 = Math.pow(kin.lambda(mX), 1.5);
        boolean printed = variant == FormulaVariant.AS_PRINTED;
        double vector = switch (operator) {
            case DIM4 -> mB * mB * mB / (64 * Math.PI * m2) * l32 * sq(ff.value(F_PLUS, q2));
            case DIM5 -> {
                double fT = ff.value(F_T, q2);
                double ratio = 1.0 + kin.mK() / mB;
                yield mB * m2 / (16 * Math.PI) / (ratio * ratio) * l32 * (printed ? fT : fT * fT);
            }
            case DIM6 -> {
                double fPlus = ff.value(F_PLUS, q2);
                yield mB * mB * mB * m2 / (64 * Math.PI) * l32 * (printed ? fPlus : fPlus * fPlus);
            }
        };
        return new RateCoefficients(vector, 0.0);
    }

    @Override
    public RateCoefficients alp(double mX) {
        kin.checkMass(mX, true);
        double mB = kin.mB();
        double r = 1.0 - sq(kin.mK() / mB);
        double vector = mB * mB * mB / (64 * Math.PI) * r * r * Math.sqrt(kin.lambda(mX)) * sq(ff.value(F_ZERO, mX * mX));
        return new RateCoefficients(vector, 0.0);
    }

    @Override
    public GaussianCoefficients formFactorCoefficients() {
        return ff.coefficients();
    }

    @Override
    public BToPseudoscalarX withFormFactorCoefficients(double[] coefficients) {
        return new BToPseudoscalarX(kin, ff.withCoefficients(coefficients), variant);
    }

    private static double sq(double x) {
        return x * x;
    }
}
