package org.darkflav.physics.formfactors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.param.JsonInputs;
import tools.jackson.databind.JsonNode;

/**
 * B → K* form factors V, A0, A1, A12, T1, T2, T23 of Bharucha, Straub, Zwicky, "B → V ℓ+ ℓ− in the
 * Standard Model from light-cone sum rules", JHEP 08 (2016) 098, arXiv:1503.05534 (v2/v3 ancillary
 * fits). Simplified series expansion with three coefficients:
 * <pre>
 *   F_i(q²) = 1/(1 − q²/m_R,i²) Σ_k a_k^i [z(q²) − z(0)]^k,
 *   z(t) = (√(t+ − t) − √(t+ − t0)) / (√(t+ − t) + √(t+ − t0)),  t0 = t+ (1 − √(1 − t−/t+))
 * </pre>
 * Two bundled fits: the combined LCSR + lattice fit (default) and the LCSR-only fit, each with its
 * 21×21 correlation matrix.
 */
public final class Bsz2015 implements LinearFormFactors<VectorFormFactor> {

    /** Which of the two published fits. */
    public enum Fit {
        /** Combined LCSR + lattice fit (the usual "BSZ"). */
        LCSR_LATTICE("bsz2015-BKstar/bsz2015_BKstar_LCSR-Lattice.json"),
        /** LCSR-only fit. */
        LCSR("bsz2015-BKstar/bsz2015_BKstar_LCSR.json");

        private final String resource;

        Fit(String resource) {
            this.resource = resource;
        }

        /** Bundled data file of this fit. */
        public String resource() {
            return resource;
        }
    }

    private static final int K = 3;
    private static final VectorFormFactor[] FFS = VectorFormFactor.values();

    private final double tPlus;
    private final double t0;
    private final double[] resonance;
    private final double[] a;
    private final GaussianCoefficients coefficients;
    private final double mB;
    private final double mV;

    private Bsz2015(double mB, double mV, double[] resonance, double[] a, GaussianCoefficients coefficients) {
        this.mB = mB;
        this.mV = mV;
        this.tPlus = (mB + mV) * (mB + mV);
        double tMinus = (mB - mV) * (mB - mV);
        this.t0 = tPlus * (1.0 - Math.sqrt(1.0 - tMinus / tPlus));
        this.resonance = resonance;
        this.a = a.clone();
        this.coefficients = coefficients;
    }

    /** One of the bundled fits. */
    public static Bsz2015 bundled(Fit fit) {
        return fromJson(JsonInputs.resource(fit.resource()), "bundled " + fit.resource());
    }

    /** A user file in the layout of the bundled ones. */
    public static Bsz2015 fromFile(Path file) {
        return fromJson(JsonInputs.file(file), file.toString());
    }

    /** Reads {@code coefficients}, {@code uncertainties}, {@code correlation}, {@code resonance_mass_GeV} and the z masses. */
    public static Bsz2015 fromJson(JsonNode root, String where) {
        JsonNode coeffs = JsonInputs.require(root, "coefficients", where);
        JsonNode errors = JsonInputs.require(root, "uncertainties", where);
        JsonNode poles = JsonInputs.require(root, "resonance_mass_GeV", where);
        double[] mean = new double[FFS.length * K];
        double[] sigma = new double[FFS.length * K];
        double[] resonance = new double[FFS.length];
        List<String> names = new ArrayList<>();
        for (VectorFormFactor ff : FFS) {
            int i = ff.ordinal();
            System.arraycopy(JsonInputs.numbers(coeffs.get(ff.name()), K, where + ": coefficients." + ff), 0, mean, K * i, K);
            System.arraycopy(JsonInputs.numbers(errors.get(ff.name()), K, where + ": uncertainties." + ff), 0, sigma, K * i, K);
            resonance[i] = JsonInputs.number(poles, ff.name(), where + ": resonance_mass_GeV");
            for (int k = 0; k < K; k++) {
                names.add(ff.name() + "_a" + k);
            }
        }
        checkOrder(root, names, where);
        double[][] corr = JsonInputs.matrix(JsonInputs.require(root, "correlation", where), mean.length, where + ": correlation");
        JsonNode zMasses = JsonInputs.require(JsonInputs.require(root, "z_expansion", where), "recommended_masses_for_z_GeV", where);
        return new Bsz2015(JsonInputs.number(zMasses, "m_B", where), JsonInputs.number(zMasses, "m_V", where), resonance,
                mean, GaussianCoefficients.fromCorrelation(names, mean, sigma, corr));
    }

    private static void checkOrder(JsonNode root, List<String> names, String where) {
        JsonNode order = JsonInputs.require(root, "parameter_order", where);
        List<String> given = new ArrayList<>();
        order.forEach(n -> given.add(n.asString()));
        if (!given.equals(names)) {
            throw new PhysicsInputException(where + ": parameter_order must be " + names + " (the correlation matrix is"
                    + " read in that order), got " + given);
        }
    }

    /** z(q²) of the BSZ expansion. */
    public double z(double q2) {
        double x = Math.sqrt(tPlus - q2);
        double y = Math.sqrt(tPlus - t0);
        return (x - y) / (x + y);
    }

    /** B mass used inside z (GeV). */
    public double zMassB() {
        return mB;
    }

    /** Vector-meson mass used inside z (GeV). */
    public double zMassV() {
        return mV;
    }

    @Override
    public GaussianCoefficients coefficients() {
        return coefficients;
    }

    @Override
    public void basis(VectorFormFactor ff, double q2, double[] out) {
        Arrays.fill(out, 0.0);
        int i = ff.ordinal();
        double pole = 1.0 / (1.0 - q2 / (resonance[i] * resonance[i]));
        double dz = z(q2) - z(0.0);
        out[K * i] = pole;
        out[K * i + 1] = pole * dz;
        out[K * i + 2] = pole * dz * dz;
    }

    @Override
    public double value(VectorFormFactor ff, double q2, double[] c) {
        int i = ff.ordinal();
        double dz = z(q2) - z(0.0);
        return (c[K * i] + dz * (c[K * i + 1] + dz * c[K * i + 2])) / (1.0 - q2 / (resonance[i] * resonance[i]));
    }

    @Override
    public double value(VectorFormFactor ff, double q2) {
        return value(ff, q2, a);
    }

    @Override
    public Bsz2015 withCoefficients(double[] c) {
        if (c.length != a.length) {
            throw new PhysicsInputException("BSZ 2015 needs " + a.length + " coefficients, got " + c.length);
        }
        return new Bsz2015(mB, mV, resonance, c, coefficients);
    }
}
