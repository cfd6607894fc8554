package org.darkflav.histfactory.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.CompiledModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The analytic Jacobian ∂ν_b/∂θ_i against central finite differences of the expected rates, on every workspace
 * of {@code reference/twice_nll.json} (pyhf validation cases, four ATLAS likelihoods, Belle II, the 2000-bin
 * synthetic model), at the reference's shifted point and at seeded random points that reach both the
 * polynomial (|α| < 1) and the extrapolated (|α| > 1) interpolation regions. Points exactly at a kink
 * (code 0 at α = 0) are avoided: there the rate has no derivative.
 */
class YieldJacobianTest {

    static Stream<Arguments> cases() {
        return TestWorkspaces.referenceCases("twice_nll.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analyticJacobianMatchesFiniteDifferences(String id, JsonNode c) {
        HistFactoryModel model = TestWorkspaces.referenceModel(c);
        check(model.compiled(), TestWorkspaces.doubles(c.get("shifted")));
        SplittableRandom rng = new SplittableRandom(id.hashCode());
        for (int trial = 0; trial < 2; trial++) {
            check(model.compiled(), TestWorkspaces.randomPoint(model, rng));
        }
    }

    /**
     * Central differences with h = 1e-6 max(1, |θ_i|): truncation O(h²) ≈ 1e-12 |ν‴|, rounding ≈ 1e-16 |ν_b| / h.
     * Tolerance 1e-6 (|J_bi| + 1e-3 max_i |J_bi|) + 1e-9 |ν_b| / h.
     */
    private static void check(CompiledModel model, double[] x) {
        int bins = model.bins();
        int n = model.parameters();
        double[] jacobian = YieldJacobian.of(model, x);
        double[] nu = rates(model, x);
        double[] rowMax = new double[bins];
        for (int b = 0; b < bins; b++) {
            for (int i = 0; i < n; i++) {
                rowMax[b] = Math.max(rowMax[b], Math.abs(jacobian[b * n + i]));
            }
        }
        for (int i = 0; i < n; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            double[] y = x.clone();
            y[i] = x[i] + h;
            double[] up = rates(model, y);
            y[i] = x[i] - h;
            double[] down = rates(model, y);
            for (int b = 0; b < bins; b++) {
                double fd = (up[b] - down[b]) / (2 * h);
                double analytic = jacobian[b * n + i];
                double tol = 1e-6 * (Math.abs(analytic) + 1e-3 * rowMax[b]) + 1e-9 * Math.abs(nu[b]) / h;
                if (!(Math.abs(analytic - fd) <= tol)) {
                    // described only on failure: a description per element would dominate the 2000-bin case
                    assertThat(analytic).as("dnu[%d]/dtheta[%d] at %s", b, i, Arrays.toString(x))
                            .isCloseTo(fd, within(tol));
                }
            }
        }
    }

    private static double[] rates(CompiledModel model, double[] x) {
        double[] nu = new double[model.bins()];
        model.expectedMain(x, model.newScratch(), nu);
        return nu;
    }
}
