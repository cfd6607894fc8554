package org.darkflav.physics.formfactors;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.param.JsonInputs;
import tools.jackson.databind.JsonNode;

/**
 * B → K form factors f_+, f_0, f_T of HPQCD 2022: W. G. Parrott, C. Bouchard, C. T. H. Davies,
 * "B → K and D → K form factors from fully relativistic lattice QCD", Phys. Rev. D 107, 014510
 * (2023), arXiv:2207.12468. Modified z expansion with N = 3 and t_0 = 0:
 * <pre>
 *   f_0 = L/(1 − q²/M_0²) Σ a0_n zⁿ
 *   f_+ = L/(1 − q²/M_*²) Σ a+_n [zⁿ − (n/N)(−1)^(n−N) z^N],   f_T likewise with aT_n
 * </pre>
 * The eight effective coefficients p = L·a (f_0(0) = f_+(0) shares p0) carry the covariance derived
 * from the EOS encoding of the HPQCD result (see the README of the bundled data file).
 */
public final class Hpqcd2022 implements LinearFormFactors<PseudoscalarFormFactor> {

    /** Bundled data file (with README). */
    public static final String RESOURCE = "hpqcd2022-BK/hpqcd2022_BK.json";
    private static final int N = 3;

    private final double tPlus;
    private final double poleZero;
    private final double polePlus;
    private final double[] p;
    private final GaussianCoefficients coefficients;

    private Hpqcd2022(double tPlus, double poleZero, double polePlus, double[] p,
                      GaussianCoefficients coefficients) {
        this.tPlus = tPlus;
        this.poleZero = poleZero;
        this.polePlus = polePlus;
        this.p = p.clone();
        this.coefficients = coefficients;
    }

    /** The bundled HPQCD 2022 fit. */
    public static Hpqcd2022 bundled() {
        return fromJson(JsonInputs.resource(RESOURCE), "bundled " + RESOURCE);
    }

    /** A user file in the layout of the bundled one. */
    public static Hpqcd2022 fromFile(Path file) {
        return fromJson(JsonInputs.file(file), file.toString());
    }

    /** Reads {@code masses_in_parametrization_GeV}, {@code L}, {@code a0}, {@code aplus}, {@code aT} and the covariance. */
    public static Hpqcd2022 fromJson(JsonNode root, String where) {
        JsonNode masses = JsonInputs.require(root, "masses_in_parametrization_GeV", where);
        double l = JsonInputs.number(root, "L", where);
        double[] a0 = JsonInputs.numbers(JsonInputs.require(root, "a0", where), N, where + ": a0");
        double[] ap = JsonInputs.numbers(JsonInputs.require(root, "aplus", where), N, where + ": aplus");
        double[] at = JsonInputs.numbers(JsonInputs.require(root, "aT", where), N, where + ": aT");
        if (Math.abs(a0[0] - ap[0]) > 1e-12 * Math.abs(a0[0])) {
            throw new PhysicsInputException(where + ": a0[0] must equal aplus[0] (f_0(0) = f_+(0)), got "
                    + a0[0] + " and " + ap[0]);
        }
        double[] p = {l * a0[0], l * a0[1], l * a0[2], l * ap[1], l * ap[2], l * at[0], l * at[1], l * at[2]};
        JsonNode derived = JsonInputs.require(root, "derived_effective_coefficients", where);
        double[][] cov = JsonInputs.matrix(JsonInputs.require(derived, "covariance", where), p.length,
                where + ": derived_effective_coefficients.covariance");
        GaussianCoefficients c = new GaussianCoefficients(
                List.of("L*a0_0", "L*a0_1", "L*a0_2", "L*a+_1", "L*a+_2", "L*aT_0", "L*aT_1", "L*aT_2"), p, cov);
        double tPlus = Math.pow(JsonInputs.number(masses, "M_B", where) + JsonInputs.number(masses, "M_K", where), 2);
        return new Hpqcd2022(tPlus, JsonInputs.number(masses, "M_pole_f0", where), JsonInputs.number(masses, "M_pole_fplus_fT", where),
                p, c);
    }

    /** z(q²) with t_0 = 0. */
    public double z(double q2) {
        double a = Math.sqrt(tPlus - q2);
        double b = Math.sqrt(tPlus);
        return (a - b) / (a + b);
    }

    @Override
    public GaussianCoefficients coefficients() {
        return coefficients;
    }

    @Override
    public void basis(PseudoscalarFormFactor ff, double q2, double[] out) {
        Arrays.fill(out, 0.0);
        double z = z(q2);
        double z3 = z * z * z;
        switch (ff) {
            case F_ZERO -> {
                double pole = 1.0 / (1.0 - q2 / (poleZero * poleZero));
                out[0] = pole;
                out[1] = pole * z;
                out[2] = pole * z * z;
            }
            case F_PLUS -> fill(out, 0, 3, 4, 1.0 / (1.0 - q2 / (polePlus * polePlus)), z, z3);
            case F_T -> fill(out, 5, 6, 7, 1.0 / (1.0 - q2 / (polePlus * polePlus)), z, z3);
        }
    }

    private static void fill(double[] out, int i0, int i1, int i2, double pole, double z, double z3) {
        out[i0] = pole;
        out[i1] = pole * (z - z3 / N);
        out[i2] = pole * (z * z + 2.0 * z3 / N);
    }

    @Override
    public double value(PseudoscalarFormFactor ff, double q2, double[] c) {
        double z = z(q2);
        double z3 = z * z * z;
        return switch (ff) {
            case F_ZERO -> (c[0] + c[1] * z + c[2] * z * z) / (1.0 - q2 / (poleZero * poleZero));
            case F_PLUS -> (c[0] + c[3] * (z - z3 / N) + c[4] * (z * z + 2.0 * z3 / N)) / (1.0 - q2 / (polePlus * polePlus));
            case F_T -> (c[5] + c[6] * (z - z3 / N) + c[7] * (z * z + 2.0 * z3 / N)) / (1.0 - q2 / (polePlus * polePlus));
        };
    }

    @Override
    public double value(PseudoscalarFormFactor ff, double q2) {
        return value(ff, q2, p);
    }

    @Override
    public Hpqcd2022 withCoefficients(double[] c) {
        if (c.length != p.length) {
            throw new PhysicsInputException("HPQCD 2022 needs " + p.length + " coefficients, got " + c.length);
        }
        return new Hpqcd2022(tPlus, poleZero, polePlus, c, coefficients);
    }
}
