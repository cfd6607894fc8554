package org.darkflav.physics.rates;

import static org.darkflav.physics.formfactors.VectorFormFactor.A0;
import static org.darkflav.physics.formfactors.VectorFormFactor.A1;
import static org.darkflav.physics.formfactors.VectorFormFactor.A12;
import static org.darkflav.physics.formfactors.VectorFormFactor.T1;
import static org.darkflav.physics.formfactors.VectorFormFactor.T2;
import static org.darkflav.physics.formfactors.VectorFormFactor.T23;
import static org.darkflav.physics.formfactors.VectorFormFactor.V;

import java.util.Objects;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.formfactors.GaussianCoefficients;
import org.darkflav.physics.formfactors.LinearFormFactors;
import org.darkflav.physics.formfactors.VectorFormFactor;
import org.darkflav.physics.kinematics.Kallen;
import org.darkflav.physics.kinematics.ModeKinematics;
import org.darkflav.physics.models.ZPrimeOperator;

/**
 * B → K* X (B+ → K*+ or B0 → K*0), K* treated as narrow. With r = m_K* / m_B and λ_* the Källén function
 * with the K* mass:
 * <pre>
 *   Γ⁽⁴⁾ = m_B/(32π) λ_*^(1/2) [|g_V|² F_V + |g_A|² F_A]                    (7)
 *   Γ⁽⁵⁾ = m_B³/(8π) λ_*^(1/2) [|g_V/Λ|² F_T + |g_A/Λ|² F_T5]              (8)
 *   Γ⁽⁶⁾ = m_B m⁴/(32π) λ_*^(1/2) [|g_V/Λ²|² F_V + |g_A/Λ²|² F_A]          (9)
 *   F_V = λ_* (1+r)⁻² V²,  F_A = (1+r)² A1² + 32 m_K*²/m² A12²            (10, 11 corrected)
 *   F_T = λ_* T1²,  F_T5 = (1−r²)² T2² + 8 m_K*² m²/(m_B² (m_B+m_K*)²) T23²  (12, 13)
 *   Γ(a) = |g_A/f|² m_B³/(64π) λ_*^(3/2) A0²                                (16)
 * </pre>
 */
public final class BToVectorX implements BToKX {

    private final ModeKinematics kin;
    private final LinearFormFactors<VectorFormFactor> ff;
    private final FormulaVariant variant;
    private final double printedKaonMass;

    /**
     * @param kin             K* channel
     * @param ff              B → K* form factors
     * @param variant         corrected or as-printed formulas
     * @param printedKaonMass pseudoscalar kaon mass of the same charge, used only by
     *                        {@link FormulaVariant#AS_PRINTED} (printed Eqs. 7–9 take λ with m_K)
     */
    public BToVectorX(ModeKinematics kin, LinearFormFactors<VectorFormFactor> ff, FormulaVariant variant,
                      double printedKaonMass) {
        this.kin = Objects.requireNonNull(kin, "kin");
        this.ff = Objects.requireNonNull(ff, "ff");
        this.variant = Objects.requireNonNull(variant, "variant");
        this.printedKaonMass = printedKaonMass;
        if (!kin.mode().vectorMeson()) {
            throw new PhysicsInputException("B -> K* X needs a K* channel, got " + kin.mode());
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
        double mV = kin.mK();
        double m2 = mX * mX;
        double lambdaStar = kin.lambda(mX);
        double phaseSpace = Math.sqrt(variant == FormulaVariant.AS_PRINTED
                ? Math.max(0.0, Kallen.dimensionless(mB, printedKaonMass, mX)) : lambdaStar);
        double r = mV / mB;
        return switch (operator) {
            case DIM4 -> {
                double pre = mB / (32 * Math.PI) * phaseSpace;
                yield new RateCoefficients(pre * fV(m2, lambdaStar, r), pre * fA(m2, lambdaStar, r, mV) );
            }
            case DIM5 -> {
                double pre = mB * mB * mB / (8 * Math.PI) * phaseSpace;
                double t23 = ff.value(T23, m2);
                double fT5 = sq((1 - r * r) * ff.value(T2, m2)) + 8 * mV * mV * m2 / (mB * mB * sq(mB + mV)) * t23 * t23;
                yield new RateCoefficients(pre * lambdaStar * sq(ff.value(T1, m2)), pre * fT5);
            }
            case DIM6 -> {
                // m⁴ F_A written out so that m → 0 gives 0 instead of 0 × ∞
                double pre = mB / (32 * Math.PI) * phaseSpace;
                double a1 = (variant == FormulaVariant.AS_PRINTED ? lambdaStar : 1.0) * sq((1 + r) * ff.value(A1, m2));
                double m4FA = m2 * m2 * a1 + 32 * mV * mV * m2 * sq(ff.value(A12, m2));
                yield new RateCoefficients(pre * m2 * m2 * fV(m2, lambdaStar, r), pre * m4FA);
            }
        };
    }

    private double fV(double q2, double lambdaStar, double r) {
        return lambdaStar * sq(ff.value(V, q2) / (1 + r));
    }

    private double fA(double q2, double lambdaStar, double r, double mV) {
        double transverse = sq((1 + r) * ff.value(A1, q2));
        if (variant == FormulaVariant.AS_PRINTED) {
            transverse *= lambdaStar;
        }
        return transverse + 32 * mV * mV / q2 * sq(ff.value(A12, q2));
    }

    @Override
    public RateCoefficients alp(double mX) {
        kin.checkMass(mX, true);
        double mB = kin.mB();
        double axial = mB * mB * mB / (64 * Math.PI) * Math.pow(kin.lambda(mX), 1.5) * sq(ff.value(A0, mX * mX));
        return new RateCoefficients(0.0, axial);
    }

    @Override
    public GaussianCoefficients formFactorCoefficients() {
        return ff.coefficients();
    }

    @Override
    public BToVectorX withFormFactorCoefficients(double[] coefficients) {
        return new BToVectorX(kin, ff.withCoefficients(coefficients), variant, printedKaonMass);
    }

    private static double sq(double x) {
        return x * x;
    }
}
