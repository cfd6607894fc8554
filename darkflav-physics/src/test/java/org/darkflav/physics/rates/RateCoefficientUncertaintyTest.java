package org.darkflav.physics.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.formfactors.GaussianCoefficients;
import org.darkflav.physics.formfactors.LinearFormFactors;
import org.darkflav.physics.formfactors.PseudoscalarFormFactor;
import org.darkflav.physics.formfactors.VectorFormFactor;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.kinematics.ModeKinematics;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

/**
 * Rate-coefficient covariance. References: (i) the chain rule written out by hand (b ∝ F² with F linear in the
 * form-factor coefficients, so ∂b/∂p = 2 b/F · ∂F/∂p); (ii) exact Gaussian moments of quadratic forms,
 * E[X²] = μ² + σ², Cov(X², Y²) = 2σ_xy² + 4 μ_x μ_y σ_xy, whose first-order part 4 μ_x μ_y σ_xy is what
 * linear propagation must give; (iii) sampling the form-factor coefficients through the real rate classes.
 */
class RateCoefficientUncertaintyTest {

    private static final PhysicsInputs INPUTS = PhysicsInputs.defaults();
    private static final double M = 2.0;
    private static final double Q2 = M * M;

    /** Mean and covariance of two quadratic forms Σ c_i F_i² of jointly Gaussian form factors F_i. */
    private record Moments(double meanA, double meanB, double varA, double varB, double covAB) {}

    /** F values and their covariance at q² for the given form factors (from the parametrisation's basis). */
    private static <F extends Enum<F>> double[][] ffCovariance(LinearFormFactors<F> ff, List<F> which, double[] mu) {
        GaussianCoefficients c = ff.coefficients();
        double[][] cp = RateCoefficientUncertainty.nearestPositiveSemiDefinite(c);
        int n = which.size();
        double[][] basis = new double[n][c.size()];
        for (int a = 0; a < n; a++) {
            ff.basis(which.get(a), Q2, basis[a]);
            mu[a] = ff.value(which.get(a), Q2);
        }
        double[][] cov = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int i = 0; i < c.size(); i++) {
                    for (int j = 0; j < c.size(); j++) {
                        cov[a][b] += basis[a][i] * cp[i][j] * basis[b][j];
                    }
                }
            }
        }
        return cov;
    }

    /** Moments of A = Σ ca_i F_i², B = Σ cb_i F_i²; {@code exact} adds the second-order Gaussian terms. */
    private static Moments moments(double[] ca, double[] cb, double[] mu, double[][] s, boolean exact) {
        double meanA = 0, meanB = 0, varA = 0, varB = 0, covAB = 0;
        for (int i = 0; i < mu.length; i++) {
            double second = exact ? s[i][i] : 0;
            meanA += ca[i] * (mu[i] * mu[i] + second);
            meanB += cb[i] * (mu[i] * mu[i] + second);
            for (int j = 0; j < mu.length; j++) {
                double c = 4 * mu[i] * mu[j] * s[i][j] + (exact ? 2 * s[i][j] * s[i][j] : 0);
                varA += ca[i] * ca[j] * c;
                varB += cb[i] * cb[j] * c;
                covAB += ca[i] * cb[j] * c;
            }
        }
        return new Moments(meanA, meanB, varA, varB, covAB);
    }

    @Test
    void bToKIsTwiceTheRelativeErrorOfFPlus() {
        BToKX k = INPUTS.process(DecayMode.B_PLUS_K_PLUS);
        RateCoefficientDistribution d = RateCoefficientUncertainty.zPrime(k, M, ZPrimeOperator.DIM4);
        assertThat(d.names()).containsExactly("B+K+:b_V");
        // mean: exactly the branching ratio per unit |g_V|² of the rate class
        double bV = k.kinematics().br(k.zPrime(M, ZPrimeOperator.DIM4).vector());
        assertThat(d.mean(0)).isEqualTo(bV);
        // (i): b ∝ f_+² ⇒ σ_b / b = 2 σ_f+ / f_+ (linear propagation)
        var fPlus = INPUTS.bToK().linearUncertainty(PseudoscalarFormFactor.F_PLUS, Q2);
        assertThat(d.sigma(0) / bV).isCloseTo(2 * fPlus.relative(), within(1e-9 * fPlus.relative()));
        // the ALP uses f_0 instead
        RateCoefficientDistribution alp = RateCoefficientUncertainty.alp(k, M);
        var fZero = INPUTS.bToK().linearUncertainty(PseudoscalarFormFactor.F_ZERO, Q2);
        assertThat(alp.names()).containsExactly("B+K+:b_V");
        assertThat(alp.sigma(0) / alp.mean(0)).isCloseTo(2 * fZero.relative(), within(1e-9 * fZero.relative()));
    }

    @Test
    void bToKStarMatchesTheFirstOrderGaussianMoments() {
        BToKX ks = INPUTS.process(DecayMode.B0_KSTAR0);
        RateCoefficientDistribution d = RateCoefficientUncertainty.zPrime(ks, M, ZPrimeOperator.DIM4);
        assertThat(d.names()).containsExactly("B0K*0:b_V", "B0K*0:b_A");
        Moments lin = kStarMoments(ks.kinematics(), false);
        // (ii): hand-written Eqs. (7), (10), (11) with F = V, A1, A12 reproduce the central values
        assertThat(d.mean(0) / lin.meanA()).isCloseTo(1.0, within(1e-12));
        assertThat(d.mean(1) / lin.meanB()).isCloseTo(1.0, within(1e-12));
        // and the first-order moments the covariance (tolerance: rounding of the central differences). Both use
        // the clipped BSZ covariance (tested below); with the published one cov(b_V, b_A) moves by 7e-4 relative
        assertThat(d.covariance(0, 0) / lin.varA()).isCloseTo(1.0, within(1e-8));
        assertThat(d.covariance(1, 1) / lin.varB()).isCloseTo(1.0, within(1e-8));
        assertThat(d.covariance(0, 1) / lin.covAB()).isCloseTo(1.0, within(1e-8));
        assertThat(d.covariance(1, 0)).isEqualTo(d.covariance(0, 1));
        assertPositiveDefinite(d);
    }

    /** b_V = kV V², b_A = c1 A1² + c2 A12² of Eqs. (7), (10), (11 corrected), as branching ratios. */
    private static Moments kStarMoments(ModeKinematics kin, boolean exact) {
        double r = kin.mK() / kin.mB();
        double lam = kin.lambda(M);
        double pre = kin.br(kin.mB() / (32 * Math.PI) * Math.sqrt(lam));
        double[] mu = new double[3];
        double[][] s = ffCovariance(INPUTS.bToKStar(), List.of(VectorFormFactor.V, VectorFormFactor.A1, VectorFormFactor.A12), mu);
        double[] cV = {pre * lam / ((1 + r) * (1 + r)), 0, 0};
        double[] cA = {0, pre * (1 + r) * (1 + r), pre * 32 * kin.mK() * kin.mK() / Q2};
        return moments(cV, cA, mu, s, exact);
    }

    @Test
    void samplingAgreesWithTheExactMomentsAndLinearPropagationWithinSecondOrder() {
        BToKX ks = INPUTS.process(DecayMode.B0_KSTAR0);
        int n = 20000;
        double[][] samples = ks.formFactorCoefficients().sample(n, 20240507L);
        double[][] b = new double[n][];
        for (int s = 0; s < n; s++) {
            RateCoefficients rc = ks.withFormFactorCoefficients(samples[s]).zPrime(M, ZPrimeOperator.DIM4);
            b[s] = new double[] {ks.kinematics().br(rc.vector()), ks.kinematics().br(rc.axial())};
        }
        SampleMoments mc = SampleMoments.of(b);
        Moments exact = kStarMoments(ks.kinematics(), true);
        // (iii) statistical tolerance: 5 standard errors of each sample estimate (estimated from the samples)
        assertThat(mc.mean[0]).isCloseTo(exact.meanA(), within(5 * mc.meanError[0]));
        assertThat(mc.mean[1]).isCloseTo(exact.meanB(), within(5 * mc.meanError[1]));
        assertThat(mc.cov[0][0]).isCloseTo(exact.varA(), within(5 * mc.covError[0][0]));
        assertThat(mc.cov[1][1]).isCloseTo(exact.varB(), within(5 * mc.covError[1][1]));
        assertThat(mc.cov[0][1]).isCloseTo(exact.covAB(), within(5 * mc.covError[0][1]));

        // linear propagation differs from the sampled moments by the second-order terms (exact − linear) only
        RateCoefficientDistribution d = RateCoefficientUncertainty.zPrime(ks, M, ZPrimeOperator.DIM4);
        Moments lin = kStarMoments(ks.kinematics(), false);
        double[] second = {exact.meanA() - lin.meanA(), exact.meanB() - lin.meanB()};
        assertThat(mc.mean[0]).isCloseTo(d.mean(0), within(5 * mc.meanError[0] + Math.abs(second[0])));
        assertThat(mc.mean[1]).isCloseTo(d.mean(1), within(5 * mc.meanError[1] + Math.abs(second[1])));
        assertThat(mc.cov[0][0]).isCloseTo(d.covariance(0, 0), within(5 * mc.covError[0][0] + exact.varA() - lin.varA()));
        assertThat(mc.cov[1][1]).isCloseTo(d.covariance(1, 1), within(5 * mc.covError[1][1] + exact.varB() - lin.varB()));
        // and those second-order terms are small at 2 GeV: below 3 % of the mean and 5 % of the variance
        assertThat(second[0] / d.mean(0)).isBetween(0.0, 0.03);
        assertThat(second[1] / d.mean(1)).isBetween(0.0, 0.03);
        assertThat(exact.varA() / lin.varA() - 1).isBetween(0.0, 0.05);
        assertThat(exact.varB() / lin.varB() - 1).isBetween(0.0, 0.05);
    }

    /** Sample means and covariances with their standard errors, estimated from the samples themselves. */
    private record SampleMoments(double[] mean, double[] meanError, double[][] cov, double[][] covError) {
        static SampleMoments of(double[][] x) {
            int n = x.length;
            int d = x[0].length;
            double[] mean = new double[d];
            for (double[] row : x) {
                for (int i = 0; i < d; i++) {
                    mean[i] += row[i] / n;
                }
            }
            double[][] cov = new double[d][d];
            double[][] cov2 = new double[d][d];
            for (double[] row : x) {
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        double p = (row[i] - mean[i]) * (row[j] - mean[j]);
                        cov[i][j] += p;
                        cov2[i][j] += p * p;
                    }
                }
            }
            double[] meanError = new double[d];
            double[][] covError = new double[d][d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    double m = cov[i][j] / n;
                    covError[i][j] = Math.sqrt(Math.max(0, cov2[i][j] / n - m * m) / n);
                    cov[i][j] /= n - 1;
                }
            }
            for (int i = 0; i < d; i++) {
                meanError[i] = Math.sqrt(cov[i][i] / n);
            }
            return new SampleMoments(mean, meanError, cov, covError);
        }
    }

    @Test
    void combinedChannelsAreCorrelatedOnlyThroughASharedFormFactorSet() {
        List<BToKX> all = List.of(INPUTS.process(DecayMode.B_PLUS_K_PLUS), INPUTS.process(DecayMode.B0_K0),
                INPUTS.process(DecayMode.B_PLUS_KSTAR_PLUS), INPUTS.process(DecayMode.B0_KSTAR0));
        RateCoefficientDistribution joint = RateCoefficientUncertainty.combined(all, M,
                new ZPrime(ZPrimeOperator.DIM4, new Couplings(1, 0)));
        assertThat(joint.names()).containsExactly("B+K+:b_V", "B0K0:b_V", "B+K*+:b_V", "B+K*+:b_A", "B0K*0:b_V", "B0K*0:b_A");
        // diagonal blocks equal the single-channel distributions
        for (BToKX p : all) {
            RateCoefficientDistribution one = RateCoefficientUncertainty.zPrime(p, M, ZPrimeOperator.DIM4);
            for (int a = 0; a < one.size(); a++) {
                int ja = joint.indexOf(one.names().get(a));
                assertThat(joint.mean(ja)).isEqualTo(one.mean(a));
                for (int b = 0; b < one.size(); b++) {
                    int jb = joint.indexOf(one.names().get(b));
                    assertThat(joint.covariance(ja, jb)).isCloseTo(one.covariance(a, b), within(1e-12 * one.covariance(a, a)));
                }
            }
        }
        // HPQCD (B → K) and BSZ (B → K*) are independent inputs: the cross block is exactly zero
        for (int i = 0; i < 2; i++) {
            for (int j = 2; j < 6; j++) {
                assertThat(joint.covariance(i, j)).isZero();
            }
        }
        // both K channels are ∝ f_+²(q²) from the same HPQCD set: fully correlated
        assertThat(joint.correlation(0, 1)).isCloseTo(1.0, within(1e-9));
        // B+ → K*+ and B0 → K*0 share BSZ but differ in masses: strongly, not fully, correlated
        assertThat(joint.correlation(3, 5)).isBetween(0.99, 1.0);
        // a channel without the shared K partner is positive definite
        assertPositiveDefinite(RateCoefficientUncertainty.combined(List.of(all.get(0), all.get(3)), M,
                new ZPrime(ZPrimeOperator.DIM6, new Couplings(1, 0))));
    }

    @Test
    void zeroCoefficientsAreDroppedAndEveryKeptSetIsPositiveDefinite() {
        for (DecayMode mode : DecayMode.values()) {
            BToKX p = INPUTS.process(mode);
            for (double m : new double[] {0.5, 2.0, 3.5}) {
                for (ZPrimeOperator op : ZPrimeOperator.values()) {
                    RateCoefficientDistribution d = RateCoefficientUncertainty.zPrime(p, m, op);
                    assertThat(d.size()).as(mode + " " + op).isEqualTo(mode.vectorMeson() ? 2 : 1);
                    assertPositiveDefinite(d);
                }
                RateCoefficientDistribution alp = RateCoefficientUncertainty.alp(p, m);
                // Eq. (15): only g_V in B → K; Eq. (16): only g_A in B → K*
                assertThat(alp.names()).containsExactly(mode.label() + (mode.vectorMeson() ? ":b_A" : ":b_V"));
                assertPositiveDefinite(alp);
            }
        }
    }

    @Test
    void clippingNegativeEigenvaluesOnlyChangesTheIndefiniteBszCovariance() {
        GaussianCoefficients hpqcd = INPUTS.bToK().coefficients();
        double[][] h = RateCoefficientUncertainty.nearestPositiveSemiDefinite(hpqcd);
        for (int i = 0; i < hpqcd.size(); i++) {
            for (int j = 0; j < hpqcd.size(); j++) {
                // HPQCD covariance is positive definite: unchanged up to rounding of the eigen-decomposition
                assertThat(h[i][j]).isCloseTo(hpqcd.covariance(i, j), within(1e-12 * hpqcd.sigma(i) * hpqcd.sigma(j)));
            }
        }
        GaussianCoefficients bsz = INPUTS.bToKStar().coefficients();
        double[][] b = RateCoefficientUncertainty.nearestPositiveSemiDefinite(bsz);
        double[] rawEigen = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(
                raw(bsz))).getEigenvalues();
        double negative = 0;
        for (double e : rawEigen) {
            negative += Math.max(0, -e);
        }
        // the published BSZ matrix is indefinite (GaussianCoefficients documents an eigenvalue of about -7e-4 of
        // the correlation matrix); clipping changes each entry by at most the sum of the clipped eigenvalues
        assertThat(negative).isPositive();
        double[] clippedEigen = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(b))
                .getEigenvalues();
        for (double e : clippedEigen) {
            assertThat(e).isGreaterThan(-1e-14 * negative);
        }
        for (int i = 0; i < bsz.size(); i++) {
            for (int j = 0; j < bsz.size(); j++) {
                assertThat(Math.abs(b[i][j] - bsz.covariance(i, j))).isLessThanOrEqualTo(negative * (1 + 1e-9));
            }
        }
    }

    private static double[][] raw(GaussianCoefficients c) {
        double[][] out = new double[c.size()][c.size()];
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                out[i][j] = c.covariance(i, j);
            }
        }
        return out;
    }

    @Test
    void badRequestsAreRejected() {
        BToKX k = INPUTS.process(DecayMode.B_PLUS_K_PLUS);
        assertThatThrownBy(() -> RateCoefficientUncertainty.combined(List.of(k, k), M,
                new Alp(1, 0, 1)))
                .isInstanceOf(PhysicsInputException.class).hasMessageContaining("B+K+ is given twice");
        assertThatThrownBy(() -> RateCoefficientUncertainty.zPrime(k, 5.0, ZPrimeOperator.DIM4))
                .isInstanceOf(PhysicsInputException.class).hasMessageContaining("kinematic limit");
    }

    private static void assertPositiveDefinite(RateCoefficientDistribution d) {
        // Hipparchus Cholesky throws on a non-positive-definite matrix; thresholds relative to the diagonal
        double[][] c = d.covariance();
        double[][] corr = new double[c.length][c.length];
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c.length; j++) {
                corr[i][j] = c[i][j] / (d.sigma(i) * d.sigma(j));
            }
        }
        new CholeskyDecomposition(MatrixUtils.createRealMatrix(corr), 1e-12, 1e-10);
    }
}
