package org.darkflav.histfactory.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.darkflav.histfactory.TestResources;
import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sparse σ_b² = J_b Σ J_bᵀ against {@link SlowPropagation}, the full double sum. */
class ErrorPropagationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2bin_2channel_coupledhistosys", "sbottom_regionA", "belle2_knunu_combined"})
    void sparseSumEqualsTheFullDoubleSumForADenseCovariance(String id) {
        HistFactoryModel model = TestWorkspaces.referenceModel(TestWorkspaces.json(
                TestResources.path("reference/twice_nll.json")).get(id));
        SplittableRandom rng = new SplittableRandom(7);
        double[] x = TestWorkspaces.randomPoint(model, rng);
        int bins = model.mainSize();
        double[] jacobian = YieldJacobian.of(model.compiled(), x);
        double[][] covariance = randomCovariance(model.parameterNames().size(), rng);

        double[] fast = ErrorPropagation.stdev(jacobian, bins, covariance);
        double[] slow = SlowPropagation.variance(SlowPropagation.rows(jacobian, bins), covariance);
        for (int b = 0; b < bins; b++) {
            // the same terms summed in another order: rounding only
            assertThat(fast[b] * fast[b]).as("bin %d", b).isCloseTo(slow[b], within(1e-12 * slow[b]));
        }
    }

    @Test
    void aDiagonalCovarianceAddsTheParametersInQuadrature() {
        // J = [[3, 0, 4], [0, 2, 0]], Σ = diag(1, 4, 1): σ_0 = √(9 + 16) = 5, σ_1 = √(4 · 4) = 4
        double[] jacobian = {3, 0, 4, 0, 2, 0};
        double[][] covariance = {{1, 0, 0}, {0, 4, 0}, {0, 0, 1}};
        assertThat(ErrorPropagation.stdev(jacobian, 2, covariance)).containsExactly(5.0, 4.0);
    }

    @Test
    void anAntiCorrelationCancelsAndANonPositiveCovarianceHasNoSigma() {
        // ν = θ1 + θ2 with σ1 = σ2 = 1: ρ = −1 gives σ_ν = 0 exactly (up to rounding), ρ = −2 is no covariance
        double[] jacobian = {1, 1};
        assertThat(ErrorPropagation.stdev(jacobian, 1, new double[][] {{1, -1}, {-1, 1}})).containsExactly(0.0);
        assertThat(ErrorPropagation.stdev(jacobian, 1, new double[][] {{1, -2}, {-2, 1}})[0]).isNaN();
    }

    /** A Σ = A Aᵀ + 0.1·1 with A random: symmetric positive definite, all entries non-zero. */
    static double[][] randomCovariance(int n, SplittableRandom rng) {
        double[][] a = new double[n][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = 0.3 * (2 * rng.nextDouble() - 1);
            }
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    c[i][j] += a[i][k] * a[j][k];
                }
            }
            c[i][i] += 0.1;
        }
        return c;
    }
}
