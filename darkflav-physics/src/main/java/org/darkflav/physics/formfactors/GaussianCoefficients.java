package org.darkflav.physics.formfactors;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.darkflav.physics.PhysicsInputException;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Central values and covariance of the coefficients of a form-factor parametrisation (a
 * multivariate Gaussian). Supports linear error propagation and seeded sampling.
 */
public final class GaussianCoefficients {

    private final List<String> names;
    private final double[] mean;
    private final double[][] covariance;
    private final double[][] sqrtCovariance;

    /**
     * @param names      coefficient names, in order
     * @param mean       central values
     * @param covariance symmetric covariance matrix
     */
    public GaussianCoefficients(List<String> names, double[] mean, double[][] covariance) {
        int n = mean.length;
        if (names.size() != n || covariance.length != n) {
            throw new PhysicsInputException("coefficient names, means and covariance differ in size: "
                    + names.size() + ", " + n + ", " + covariance.length);
        }
        this.names = List.copyOf(names);
        this.mean = mean.clone();
        this.covariance = new double[n][];
        for (int i = 0; i < n; i++) {
            if (covariance[i].length != n) {
                throw new PhysicsInputException("covariance row " + i + " has " + covariance[i].length + " entries, expected " + n);
            }
            this.covariance[i] = covariance[i].clone();
            for (int j = 0; j < i; j++) {
                double a = covariance[i][j];
                double b = covariance[j][i];
                if (Math.abs(a - b) > 1e-9 * Math.max(1e-300, Math.abs(a) + Math.abs(b))) {
                    throw new PhysicsInputException("covariance is not symmetric at (" + i + "," + j + "): " + a + " vs " + b);
                }
            }
        }
        this.sqrtCovariance = symmetricSquareRoot(this.covariance);
    }

    /** Builds the covariance from 1-sigma errors and a correlation matrix: C_ij = rho_ij s_i s_j. */
    public static GaussianCoefficients fromCorrelation(List<String> names, double[] mean, double[] sigma,
                                                       double[][] correlation) {
        int n = mean.length;
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cov[i][j] = correlation[i][j] * sigma[i] * sigma[j];
            }
        }
        return new GaussianCoefficients(names, mean, cov);
    }

    /**
     * A matrix S with S Sᵀ = C. Negative eigenvalues (rounding in published correlation matrices,
     * e.g. about −7e-4 in the BSZ combined fit) are set to zero, so sampling uses the nearest
     * positive semi-definite covariance.
     */
    private static double[][] symmetricSquareRoot(double[][] cov) {
        int n = cov.length;
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(cov));
        double[] values = eig.getEigenvalues();
        RealMatrix v = eig.getV();
        double[][] s = new double[n][n];
        for (int k = 0; k < n; k++) {
            double root = Math.sqrt(Math.max(0.0, values[k]));
            for (int i = 0; i < n; i++) {
                s[i][k] = v.getEntry(i, k) * root;
            }
        }
        return s;
    }

    /** Number of coefficients. */
    public int size() {
        return mean.length;
    }

    /** Coefficient names. */
    public List<String> names() {
        return names;
    }

    /** A copy of the central values. */
    public double[] mean() {
        return mean.clone();
    }

    /** Covariance entry (i, j). */
    public double covariance(int i, int j) {
        return covariance[i][j];
    }

    /** 1-sigma error of coefficient i. */
    public double sigma(int i) {
        return Math.sqrt(covariance[i][i]);
    }

    /** Linear propagation: sqrt(gᵀ C g) for the gradient g of a quantity with respect to the coefficients. */
    public double propagate(double[] gradient) {
        double sum = 0;
        for (int i = 0; i < mean.length; i++) {
            double row = 0;
            for (int j = 0; j < mean.length; j++) {
                row += covariance[i][j] * gradient[j];
            }
            sum += gradient[i] * row;
        }
        return Math.sqrt(Math.max(0.0, sum));
    }

    /** {@code n} coefficient vectors drawn from the Gaussian with a seeded generator (reproducible). */
    public double[][] sample(int n, long seed) {
        if (n < 2) {
            throw new PhysicsInputException("number of samples must be >= 2, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int d = mean.length;
        double[] normal = new double[d];
        double[][] out = new double[n][];
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < d; k++) {
                normal[k] = random.nextGaussian();
            }
            double[] x = mean.clone();
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    x[i] += sqrtCovariance[i][k] * normal[k];
                }
            }
            out[s] = x;
        }
        return out;
    }

    @Override
    public String toString() {
        return "GaussianCoefficients" + names + "=" + Arrays.toString(mean);
    }
}
