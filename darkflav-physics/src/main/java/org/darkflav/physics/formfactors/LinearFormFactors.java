package org.darkflav.physics.formfactors;

/**
 * A form-factor parametrisation that is linear in its coefficients: F(q²) = Σ_j b_j(F, q²) p_j. Linear
 * error propagation is then exact, and sampling only needs new coefficient vectors.
 *
 * @param <F> the enum of form factors it provides
 */
public interface LinearFormFactors<F extends Enum<F>> {

    /** Coefficients with their covariance. */
    GaussianCoefficients coefficients();

    /** Writes b_j(ff, q²) = ∂F/∂p_j into {@code out} (length {@code coefficients().size()}). */
    void basis(F ff, double q2, double[] out);

    /** The form factor with the given coefficient vector. */
    double value(F ff, double q2, double[] p);

    /** The form factor at the central coefficients. */
    double value(F ff, double q2);

    /** The same parametrisation with other coefficients (e.g. one sample), same covariance. */
    LinearFormFactors<F> withCoefficients(double[] p);

    /** Value and 1-sigma error from linear propagation of the coefficient covariance. */
    default Uncertain linearUncertainty(F ff, double q2) {
        double[] b = new double[coefficients().size()];
        basis(ff, q2, b);
        return new Uncertain(value(ff, q2), coefficients().propagate(b));
    }

    /** Mean and standard deviation over {@code n} seeded samples of the coefficients. */
    default Uncertain sampledUncertainty(F ff, double q2, int n, long seed) {
        double[][] samples = coefficients().sample(n, seed);
        double sum = 0;
        double sum2 = 0;
        for (double[] p : samples) {
            double v = value(ff, q2, p);
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / n;
        double var = (sum2 - n * mean * mean) / (n - 1);
        return new Uncertain(mean, Math.sqrt(Math.max(0.0, var)));
    }
}
