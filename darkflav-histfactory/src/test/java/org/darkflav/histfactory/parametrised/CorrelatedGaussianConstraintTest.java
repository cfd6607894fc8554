package org.darkflav.histfactory.parametrised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.rng.simple.RandomSource;
import org.darkflav.fit.Objective;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.parametrised.TestFunctions.ExpPolynomialShape;
import org.darkflav.histfactory.parametrised.TestFunctions.ScaledSquare;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * Correlated Gaussian constraints on form-factor-like coefficients: −2 log N against an explicit inverse and
 * determinant (Hipparchus LU, independent of the Cholesky code), the gradient against finite differences,
 * the aux-data bookkeeping, bad covariances, and the pseudo-experiment draws.
 */
class CorrelatedGaussianConstraintTest {

    /** σ = (0.2, 0.3, 0.1) with correlations 0.3, −0.3, 0.4 (eigenvalues 0.0059, 0.037, 0.097). */
    static final double[][] SIGMA = {{0.04, 0.018, -0.006}, {0.018, 0.09, 0.012}, {-0.006, 0.012, 0.01}};
    static final double[] MEAN = {0.1, -0.2, 0.05};

    static ReparametrisedModel.Builder coefficients(HistFactoryModel base) {
        return ReparametrisedModel.over(base)
                .add(NewParameter.free("g", 1, 0, 3))
                .add(NewParameter.free("c0", 0, -2, 2))
                .add(NewParameter.free("c1", 0, -2, 2))
                .add(NewParameter.free("c2", 0, -2, 2))
                .derive(new ScaledSquare("g", "mu", 1))
                .derive(new ExpPolynomialShape(List.of("c0", "c1", "c2"), "coupled_shapefactor",
                        new double[] {-0.5, 0.5}))
                .poi("g");
    }

    static ReparametrisedModel threeByThree(HistFactoryModel base) {
        return coefficients(base)
                .constrain(new CorrelatedGaussianConstraint(List.of("c0", "c1", "c2"), MEAN, SIGMA))
                .build();
    }

    /** −2 log N(a | x, Σ) = (x − a)ᵀ Σ⁻¹ (x − a) + n log 2π + log det Σ, by explicit inverse and LU. */
    static double slowMinusTwoLogGauss(double[] x, double[] a, double[][] sigma) {
        RealMatrix s = MatrixUtils.createRealMatrix(sigma);
        LUDecomposition lu = new LUDecomposition(s);
        RealMatrix inv = lu.getSolver().getInverse();
        double q = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                q += (x[i] - a[i]) * inv.getEntry(i, j) * (x[j] - a[j]);
            }
        }
        return q + x.length * Math.log(2 * Math.PI) + Math.log(lu.getDeterminant());
    }

    static double[] mapped(double[] x) {
        double g = x[0];
        return new double[] {g * g, Math.exp(x[1] - 0.5 * x[2] + 0.25 * x[3]),
            Math.exp(x[1] + 0.5 * x[2] + 0.25 * x[3])};
    }

    @Test
    void auxDataFollowTheBaseDataOnePerConstrainedParameter() {
        HistFactoryModel base = Models.shapefactor();
        ReparametrisedModel m = threeByThree(base);
        assertThat(m.parameterNames()).containsExactly("g", "c0", "c1", "c2");
        assertThat(m.auxSize()).isEqualTo(base.auxSize() + 3);
        double[] observed = m.observedData();
        assertThat(Arrays.copyOfRange(observed, observed.length - 3, observed.length)).containsExactly(MEAN);
        double[] x = {1.1, 0.2, -0.1, 0.3};
        double[] expected = m.expectedData(x);
        assertThat(Arrays.copyOfRange(expected, expected.length - 3, expected.length)).containsExactly(0.2, -0.1, 0.3);
        assertThat(Arrays.copyOf(expected, expected.length - 3)).containsExactly(base.expectedData(mapped(x)));
        assertThat(m.constraintWidths()).containsExactly(new double[] {Double.NaN, 0.2, 0.3, 0.1}, within(1e-15));
    }

    @Test
    void twiceNllAddsTheMultivariateGaussianWithAllConstants() {
        HistFactoryModel base = Models.shapefactor();
        ReparametrisedModel m = threeByThree(base);
        Objective fb = base.twiceNll(base.observedData());
        double[] a = {0.15, -0.25, 0.0};  // aux data away from the nominal mean: the term must read them
        double[] data = m.observedData();
        System.arraycopy(a, 0, data, data.length - 3, 3);
        Objective f = m.twiceNll(data);
        SplittableRandom rng = new SplittableRandom(4);
        for (int trial = 0; trial < 6; trial++) {
            double[] x = {0.3 + 1.5 * rng.nextDouble(), 0.6 * rng.nextDouble() - 0.3, 0.6 * rng.nextDouble() - 0.3,
                0.6 * rng.nextDouble() - 0.3};
            double expected = fb.value(mapped(x)) + slowMinusTwoLogGauss(Arrays.copyOfRange(x, 1, 4), a, SIGMA);
            assertThat(f.value(x)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
            FiniteDifferences.check(f, x);
        }
    }

    @Test
    void severalGroupsEachAddTheirTerm() {
        HistFactoryModel base = Models.shapefactor();
        double[][] s2 = {{0.04, 0.018}, {0.018, 0.09}};
        ReparametrisedModel m = coefficients(base)
                .constrain(new CorrelatedGaussianConstraint(List.of("c1", "c0"), new double[] {0.1, 0.2}, s2))
                .constrain(new CorrelatedGaussianConstraint(List.of("c2"), new double[] {-0.1},
                        new double[][] {{0.25}}))
                .build();
        double[] x = {0.9, 0.05, 0.3, -0.2};
        // hand 2×2: Σ⁻¹ = [[d, −b], [−b, a]] / (ad − b²); r = (c1 − 0.1, c0 − 0.2)
        double det = 0.04 * 0.09 - 0.018 * 0.018;
        double r0 = 0.3 - 0.1;
        double r1 = 0.05 - 0.2;
        double pair = (0.09 * r0 * r0 - 2 * 0.018 * r0 * r1 + 0.04 * r1 * r1) / det
                + 2 * Math.log(2 * Math.PI) + Math.log(det);
        double single = (-0.2 + 0.1) * (-0.2 + 0.1) / 0.25 + Math.log(2 * Math.PI * 0.25);
        double expected = base.twiceNll(base.observedData()).value(mapped(x)) + pair + single;
        Objective f = m.twiceNll(m.observedData());
        assertThat(f.value(x)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
        FiniteDifferences.check(f, x);
        double[] obs = m.observedData();
        assertThat(Arrays.copyOfRange(obs, obs.length - 3, obs.length)).containsExactly(0.1, 0.2, -0.1);
    }

    @Test
    void correlationFormGivesTheSameCovariance() {
        // SIGMA written as σ = (0.2, 0.3, 0.1) and ρ = (0.3, −0.3, 0.4), see its comment
        double[][] rho = {{1, 0.3, -0.3}, {0.3, 1, 0.4}, {-0.3, 0.4, 1}};
        double[][] cov = CorrelatedGaussianConstraint.ofCorrelation(List.of("c0", "c1", "c2"), MEAN,
                new double[] {0.2, 0.3, 0.1}, rho).covariance();
        for (int i = 0; i < 3; i++) {
            assertThat(cov[i]).containsExactly(SIGMA[i], within(1e-15));
        }
        assertThatThrownBy(() -> CorrelatedGaussianConstraint.ofCorrelation(List.of("a", "b"), new double[2],
                new double[] {1, 0}, new double[][] {{1, 0}, {0, 1}})).hasMessageContaining("uncertainty 1 is 0.0");
        assertThatThrownBy(() -> CorrelatedGaussianConstraint.ofCorrelation(List.of("a", "b"), new double[2],
                new double[] {1, 1}, new double[][] {{1, 0}, {0, 0.9}})).hasMessageContaining("1 on the diagonal");
    }

    @Test
    void covarianceThatIsNotPositiveDefiniteIsRejectedNamingTheGroup() {
        double[][] inconsistent = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};  // eigenvalue −0.8
        assertThatThrownBy(() -> new CorrelatedGaussianConstraint(List.of("c0", "c1", "c2"), new double[3],
                inconsistent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[c0, c1, c2]").hasMessageContaining("not positive definite")
                .hasMessageContaining("correlations");
        assertThatThrownBy(() -> new CorrelatedGaussianConstraint(List.of("a", "b"), new double[2],
                new double[][] {{1, 0.5}, {0.4, 1}}))
                .hasMessageContaining("[a, b]").hasMessageContaining("not symmetric");
        assertThatThrownBy(() -> new CorrelatedGaussianConstraint(List.of("a", "b"), new double[2],
                new double[][] {{1, 0}, {0}}))
                .hasMessageContaining("row 1 has 1 entries").hasMessageContaining("2 × 2");
        assertThatThrownBy(() -> new CorrelatedGaussianConstraint(List.of("a", "b"), new double[3], new double[2][2]))
                .hasMessageContaining("2 names but 3 means");
        assertThatThrownBy(() -> new CorrelatedGaussianConstraint(List.of("a"), new double[1], new double[][] {{0}}))
                .hasMessageContaining("not positive definite");
    }

    /**
     * 20 000 draws of the aux data at x: their mean must be x and their covariance Σ. Tolerances are 5
     * standard errors: σ_i/√N for a mean and √((Σ_ii Σ_jj + Σ_ij²)/N) for a covariance element (the
     * variance of a Gaussian sample covariance), so a correct sampler fails with probability ≈ 1e-5 per
     * check; the seed is fixed, so the test is deterministic.
     */
    @Test
    void pseudoExperimentAuxDataHaveTheConstraintCovariance() {
        HistFactoryModel base = Models.shapefactor();
        ReparametrisedModel m = threeByThree(base);
        double[] x = {1.2, 0.3, -0.1, 0.2};
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261125L);
        int n = 20_000;
        int off = m.mainSize() + base.auxSize();
        double[] sum = new double[3];
        double[][] sum2 = new double[3][3];
        double[] mainSum = new double[m.mainSize()];
        for (int t = 0; t < n; t++) {
            double[] d = m.sample(x, rng);
            assertThat(d).hasSize(m.mainSize() + m.auxSize());
            for (int b = 0; b < m.mainSize(); b++) {
                mainSum[b] += d[b];
            }
            for (int i = 0; i < 3; i++) {
                sum[i] += d[off + i];
                for (int j = 0; j < 3; j++) {
                    sum2[i][j] += d[off + i] * d[off + j];
                }
            }
        }
        double[] c = {x[1], x[2], x[3]};
        for (int i = 0; i < 3; i++) {
            double mean = sum[i] / n;
            assertThat(mean).as("mean of aux %d", i).isCloseTo(c[i], within(5 * Math.sqrt(SIGMA[i][i] / n)));
            for (int j = 0; j < 3; j++) {
                double cov = sum2[i][j] / n - mean * (sum[j] / n);
                double se = Math.sqrt((SIGMA[i][i] * SIGMA[j][j] + SIGMA[i][j] * SIGMA[i][j]) / n);
                assertThat(cov).as("covariance of aux %d, %d", i, j).isCloseTo(SIGMA[i][j], within(5 * se));
            }
        }
        // the main counts are Poisson around the base expectation at the mapped parameters (5 standard errors)
        double[] nu = base.expectedData(mapped(x));
        for (int b = 0; b < m.mainSize(); b++) {
            assertThat(mainSum[b] / n).as("mean count in bin %d", b).isCloseTo(nu[b], within(5 * Math.sqrt(nu[b] / n)));
        }
    }
}
