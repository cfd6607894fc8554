package org.darkflav.physics.rates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.formfactors.GaussianCoefficients;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.NewPhysics;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Form-factor uncertainty of the branching-ratio coefficients b_V, b_A of B → K(*) X at a fixed mass,
 * for coupling fits that treat it as a correlated Gaussian nuisance: Br = b_V·w_V + b_A·w_A is exactly
 * quadratic in the couplings, and (b_V, b_A) carry the whole form-factor dependence.
 *
 * <p>Method: linear propagation C_b = J C_p Jᵀ of the covariance C_p of the form-factor coefficients,
 * with the Jacobian J = ∂b/∂p from central differences at the central coefficients (the map is a
 * polynomial of degree ≤ 2 in p, so central differences are exact up to rounding for any step), and C_p
 * the nearest positive semi-definite form-factor covariance (see {@link #nearestPositiveSemiDefinite}). The
 * mean is b at the central coefficients of {@code process.formFactorCoefficients()} (a process made by
 * {@code withFormFactorCoefficients} is evaluated back at those central values). Neglected second-order terms: the exact mean of a quadratic
 * form of Gaussians is larger by ½ tr(H C_p), i.e. by (σ_F/F)² relative for b ∝ F² (about 0.1 % for
 * HPQCD f_+ and 0.5 % for BSZ V, A_1, A_12 at 2 GeV); the test checks this against sampling.
 *
 * <p>Zero entries: coefficients that vanish for every form-factor sample are dropped, so that the
 * covariance of the remaining ones is positive definite. These are b_A in B → K (Z′ and ALP), b_V of
 * the ALP in B → K*, and every coefficient at m = 0 for dimension 6. The names say which coefficients were
 * kept. (At the kinematic endpoint the rates are only zero up to rounding; avoid fitting there.)
 *
 * <p>Several channels: {@link #combined} builds the joint distribution. Channels that use the same
 * form-factor set (B+ → K+ and B0 → K0 both use HPQCD 2022; B+ → K*+ and B0 → K*0 both use BSZ 2015) are
 * fully correlated through it; different sets (B → K vs B → K*) are treated as independent, so their blocks
 * are uncorrelated. Two sets are the same when their names, central values and covariances are equal.
 * Channels that depend on the same form factor at the same q² (B+ → K+ and B0 → K0: both ∝ f_+²) are then
 * fully correlated and the joint covariance is singular; a fit should give such channels one common
 * nuisance parameter (their ratio does not depend on the form factors).
 */
public final class RateCoefficientUncertainty {

    /** Central-difference step in units of each coefficient's 1-sigma error (exact for a quadratic map). */
    private static final double STEP_IN_SIGMA = 0.01;

    private RateCoefficientUncertainty() {}

    /** b_V, b_A of a Z′ coupled through {@code operator}, per unit |g_V|², |g_A|² (g/Λ, g/Λ² for dimension 5, 6). */
    public static RateCoefficientDistribution zPrime(BToKX process, double mX, ZPrimeOperator operator) {
        return of(process, mX, new ZPrime(operator, new Couplings(1, 1)));
    }

    /** b_V, b_A of an ALP, per unit |g_V/f|², |g_A/f|² (GeV²). */
    public static RateCoefficientDistribution alp(BToKX process, double mX) {
        return of(process, mX, new Alp(1, 1, 1));
    }

    /** One channel, for the model kind of {@code kind} (its couplings are not used). */
    public static RateCoefficientDistribution of(BToKX process, double mX, NewPhysics kind) {
        return combined(List.of(process), mX, kind);
    }

    /**
     * The joint distribution of the coefficients of several channels (each mode at most once) at the same
     * mass and model kind, in the order of {@code processes} (b_V before b_A within a channel).
     */
    public static RateCoefficientDistribution combined(List<BToKX> processes, double mX, NewPhysics kind) {
        Objects.requireNonNull(kind, "kind");
        if (processes.isEmpty()) {
            throw new PhysicsInputException("rate-coefficient uncertainty needs at least one channel");
        }
        List<GaussianCoefficients> sets = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int[] setOf = distinctSets(processes, sets, offsets);
        int dim = offsets.get(offsets.size() - 1) + sets.get(sets.size() - 1).size();

        List<double[]> rows = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < processes.size(); k++) {
            BToKX process = processes.get(k);
            GaussianCoefficients set = sets.get(setOf[k]);
            double[][] local = jacobian(process, set, mX, kind);
            double[] central = brCoefficients(process.withFormFactorCoefficients(set.mean()), mX, kind);
            String label = process.kinematics().mode().label();
            for (int c = 0; c < 2; c++) {
                if (central[c] == 0 && isZero(local[c])) {
                    continue;
                }
                double[] row = new double[dim];
                System.arraycopy(local[c], 0, row, offsets.get(setOf[k]), local[c].length);
                rows.add(row);
                means.add(central[c]);
                names.add(label + (c == 0 ? ":b_V" : ":b_A"));
            }
        }
        double[][] jointCovariance = blockDiagonal(sets, offsets, dim);
        return new RateCoefficientDistribution(means.stream().mapToDouble(Double::doubleValue).toArray(),
                sandwich(rows, jointCovariance), names);
    }

    private static int[] distinctSets(List<BToKX> processes, List<GaussianCoefficients> sets, List<Integer> offsets) {
        int[] setOf = new int[processes.size()];
        Set<DecayMode> modes = new HashSet<>();
        int next = 0;
        for (int k = 0; k < processes.size(); k++) {
            BToKX p = processes.get(k);
            if (!modes.add(p.kinematics().mode())) {
                throw new PhysicsInputException("channel " + p.kinematics().mode()
                        + " is given twice; each decay mode may appear once in a combined rate-coefficient distribution");
            }
            GaussianCoefficients c = p.formFactorCoefficients();
            int index = -1;
            for (int s = 0; s < sets.size() && index < 0; s++) {
                if (sameDistribution(sets.get(s), c)) {
                    index = s;
                }
            }
            if (index < 0) {
                index = sets.size();
                sets.add(c);
                offsets.add(next);
                next += c.size();
            }
            setOf[k] = index;
        }
        return setOf;
    }

    /** ∂(b_V, b_A)/∂p_j by central differences; columns of fixed coefficients (σ = 0) stay zero. */
    private static double[][] jacobian(BToKX process, GaussianCoefficients set, double mX, NewPhysics kind) {
        double[] centre = set.mean();
        double[][] jac = new double[2][centre.length];
        for (int j = 0; j < centre.length; j++) {
            double h = STEP_IN_SIGMA * set.sigma(j);
            if (!(h > 0)) {
                continue;
            }
            double[] shifted = centre.clone();
            shifted[j] = centre[j] + h;
            double[] up = brCoefficients(process.withFormFactorCoefficients(shifted), mX, kind);
            shifted[j] = centre[j] - h;
            double[] down = brCoefficients(process.withFormFactorCoefficients(shifted), mX, kind);
            for (int c = 0; c < 2; c++) {
                jac[c][j] = (up[c] - down[c]) / (2 * h);
            }
        }
        return jac;
    }

    /** (b_V, b_A): the rate coefficients turned into branching ratios per unit weight. */
    private static double[] brCoefficients(BToKX process, double mX, NewPhysics kind) {
        RateCoefficients rc = process.coefficients(mX, kind);
        return new double[] {process.kinematics().br(rc.vector()), process.kinematics().br(rc.axial())};
    }

    private static double[][] blockDiagonal(List<GaussianCoefficients> sets, List<Integer> offsets, int dim) {
        double[][] c = new double[dim][dim];
        for (int s = 0; s < sets.size(); s++) {
            double[][] block = nearestPositiveSemiDefinite(sets.get(s));
            int o = offsets.get(s);
            for (int i = 0; i < block.length; i++) {
                System.arraycopy(block[i], 0, c[o + i], o, block.length);
            }
        }
        return c;
    }

    /**
     * The covariance with negative eigenvalues set to zero, as {@link GaussianCoefficients#sample} uses it.
     * Published correlation matrices are rounded (the BSZ 2015 combined fit has an eigenvalue of about −7e-4),
     * and J C Jᵀ with such a C can give |correlation| > 1 where two form factors are nearly equal (T_1 and T_2
     * near q² = 0).
     */
    static double[][] nearestPositiveSemiDefinite(GaussianCoefficients set) {
        int n = set.size();
        double[][] raw = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                raw[i][j] = set.covariance(i, j);
            }
        }
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(raw));
        double[] values = eig.getEigenvalues();
        RealMatrix v = eig.getV();
        double[][] out = new double[n][n];
        for (int k = 0; k < n; k++) {
            double lambda = Math.max(0.0, values[k]);
            if (lambda == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double vi = v.getEntry(i, k) * lambda;
                for (int j = 0; j < n; j++) {
                    out[i][j] += vi * v.getEntry(j, k);
                }
            }
        }
        return out;
    }

    /** J C Jᵀ, symmetrised exactly. */
    private static double[][] sandwich(List<double[]> rows, double[][] c) {
        int n = rows.size();
        int dim = c.length;
        double[][] jc = new double[n][dim];
        for (int a = 0; a < n; a++) {
            double[] r = rows.get(a);
            for (int j = 0; j < dim; j++) {
                double sum = 0;
                for (int i = 0; i < dim; i++) {
                    sum += r[i] * c[i][j];
                }
                jc[a][j] = sum;
            }
        }
        double[][] out = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b <= a; b++) {
                double sum = 0;
                double[] r = rows.get(b);
                for (int j = 0; j < dim; j++) {
                    sum += jc[a][j] * r[j];
                }
                out[a][b] = sum;
                out[b][a] = sum;
            }
        }
        return out;
    }

    private static boolean sameDistribution(GaussianCoefficients a, GaussianCoefficients b) {
        if (a == b) {
            return true;
        }
        if (!a.names().equals(b.names()) || !java.util.Arrays.equals(a.mean(), b.mean())) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.size(); j++) {
                if (a.covariance(i, j) != b.covariance(i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
