package org.darkflav.physics.rates;

import java.util.List;
import org.darkflav.physics.PhysicsInputException;

/**
 * A Gaussian approximation of branching-ratio coefficients at one mass: central values, covariance
 * and names such as {@code "B+K+:b_V"}. The branching ratio of a channel is
 * Br = b_V·w_V + b_A·w_A with the squared weights of {@link org.darkflav.physics.models.NewPhysics}
 * (|g_V|², |g_A|² for a Z′; |g_V/f|², |g_A/f|² for an ALP), so b has the unit of Br per unit weight.
 *
 * @param mean       central values (Br per unit weight)
 * @param covariance covariance matrix, symmetric, same order as {@code names}
 * @param names      one name per coefficient, {@code <mode label>:b_V} or {@code <mode label>:b_A}
 */
public record RateCoefficientDistribution(double[] mean, double[][] covariance, List<String> names) {

    public RateCoefficientDistribution {
        int n = mean.length;
        if (names.size() != n || covariance.length != n) {
            throw new PhysicsInputException("rate-coefficient distribution: names, means and covariance differ in size: "
                    + names.size() + ", " + n + ", " + covariance.length);
        }
        mean = mean.clone();
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (covariance[i].length != n) {
                throw new PhysicsInputException("rate-coefficient covariance row " + i + " has "
                        + covariance[i].length + " entries, expected " + n);
            }
            copy[i] = covariance[i].clone();
        }
        covariance = copy;
        names = List.copyOf(names);
    }

    /** Number of coefficients. */
    public int size() {
        return mean.length;
    }

    /** A copy of the central values. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of the covariance matrix. */
    @Override
    public double[][] covariance() {
        double[][] copy = new double[mean.length][];
        for (int i = 0; i < mean.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    /** Central value of coefficient i. */
    public double mean(int i) {
        return mean[i];
    }

    /** Covariance entry (i, j). */
    public double covariance(int i, int j) {
        return covariance[i][j];
    }

    /** 1-sigma error of coefficient i. */
    public double sigma(int i) {
        return Math.sqrt(covariance[i][i]);
    }

    /** Correlation coefficient of i and j. */
    public double correlation(int i, int j) {
        return covariance[i][j] / (sigma(i) * sigma(j));
    }

    /** Index of the coefficient called {@code name}, or a clear error listing the names. */
    public int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new PhysicsInputException("no rate coefficient '" + name + "'; coefficients: " + names);
        }
        return i;
    }
}
