package org.darkflav.physics.rates;

import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_PLUS;

import java.util.Objects;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.formfactors.LinearFormFactors;
import org.darkflav.physics.formfactors.PseudoscalarFormFactor;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.kinematics.Kallen;
import org.darkflav.physics.kinematics.ModeKinematics;
import org.darkflav.physics.param.JsonInputs;
import org.darkflav.physics.param.PaperValues;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Standard-Model B+ → K+ ν ν̄ spectrum dBr/dq². For massless neutrinos and a (V−A)⊗(V−A) interaction
 * only f_+ contributes, and dΓ/dq² ∝ λ(m_B², m_K², q²)^(3/2) f_+(q²)². The normalisation is fixed so
 * that the integral over 0 ≤ q² ≤ (m_B − m_K)² equals a given total; by default the HPQCD prediction
 * (4.97 ± 0.37) × 10⁻⁶ quoted in Sec. II of the paper (PRD 107, 014511, without B → τ ν).
 */
public final class BToKNuNuSpectrum {

    /** Bundled numbers quoted in the paper. */
    public static final String SEED_PAPER = PaperValues.RESOURCE;
    private static final int GAUSS_POINTS = 48;

    private final ModeKinematics kin;
    private final LinearFormFactors<PseudoscalarFormFactor> ff;
    private final double q2Max;
    private final double normalisation;
    private final double total;
    private final GaussIntegratorFactory gauss = new GaussIntegratorFactory();

    /**
     * @param kin   B+ → K+ kinematics
     * @param ff    B → K form factors
     * @param total integrated branching ratio the spectrum is normalised to
     */
    public BToKNuNuSpectrum(ModeKinematics kin, LinearFormFactors<PseudoscalarFormFactor> ff, double total) {
        this.kin = Objects.requireNonNull(kin, "kin");
        this.ff = Objects.requireNonNull(ff, "ff");
        if (kin.mode().vectorMeson()) {
            throw new PhysicsInputException("the nu nubar spectrum is implemented for B -> K channels, got " + kin.mode());
        }
        if (!(total > 0)) {
            throw new PhysicsInputException("total branching ratio must be > 0, got " + total);
        }
        this.total = total;
        this.q2Max = sq(kin.mB() - kin.mK());
        this.normalisation = total / shapeIntegral(0.0, q2Max);
    }

    /** The SM spectrum of B+ → K+ ν ν̄ with the HPQCD total quoted in the paper. */
    public static BToKNuNuSpectrum standardModel(PhysicsInputs inputs) {
        double total = JsonInputs.number(JsonInputs.require(JsonInputs.resource(SEED_PAPER),
                "Br_Bplus_to_Kplus_nunu_SM", SEED_PAPER), "value", SEED_PAPER);
        return new BToKNuNuSpectrum(inputs.kinematics(DecayMode.B_PLUS_K_PLUS), inputs.bToK(), total);
    }

    /** Largest q², (m_B − m_K)² in GeV². */
    public double q2Max() {
        return q2Max;
    }

    /** The integrated branching ratio the spectrum is normalised to. */
    public double total() {
        return total;
    }

    /** dBr/dq² in GeV⁻²; zero outside [0, q²_max]. */
    public double differential(double q2) {
        if (q2 < 0 || q2 > q2Max) {
            return 0.0;
        }
        return normalisation * shape(q2);
    }

    /** Br in the q² bin [q2Low, q2High] (clipped to the physical range). */
    public double integrated(double q2Low, double q2High) {
        if (!(q2High >= q2Low)) {
            throw new PhysicsInputException("q2 bin must have low <= high, got [" + q2Low + ", " + q2High + "]");
        }
        double a = Math.max(0.0, q2Low);
        double b = Math.min(q2Max, q2High);
        return b <= a ? 0.0 : normalisation * shapeIntegral(a, b);
    }

    private double shape(double q2) {
        double l = Math.max(0.0, Kallen.lambda(kin.mB() * kin.mB(), kin.mK() * kin.mK(), q2));
        return l * Math.sqrt(l) * sq(ff.value(F_PLUS, q2));
    }

    /**
     * ∫ shape dq² with q² = q²_max − u²: λ^(3/2) ∝ (q²_max − q²)^(3/2) becomes u³, so the integrand
     * 2u·shape is smooth and Gauss–Legendre converges fast up to the endpoint.
     */
    private double shapeIntegral(double a, double b) {
        double uLow = Math.sqrt(q2Max - b);
        double uHigh = Math.sqrt(q2Max - a);
        GaussIntegrator rule = gauss.legendre(GAUSS_POINTS, uLow, uHigh);
        return rule.integrate(u -> 2.0 * u * shape(q2Max - u * u));
    }

    private static double sq(double x) {
        return x * x;
    }
}
