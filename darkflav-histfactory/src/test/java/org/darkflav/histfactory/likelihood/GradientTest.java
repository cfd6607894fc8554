package org.darkflav.histfactory.likelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.darkflav.fit.Objective;
import org.darkflav.histfactory.GradientCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The analytic gradient of twice_nll against central finite differences on every test workspace, at
 * the reference's shifted point and at seeded random points that reach both the polynomial (|α| < 1)
 * and the exponential/linear (|α| > 1) interpolation regions.
 */
class GradientTest {

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return TwiceNllReferenceTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analyticGradientMatchesFiniteDifferences(String id, JsonNode c) {
        HistFactoryModel m = TwiceNllReferenceTest.model(c);
        Objective f = m.twiceNll(m.observedData());
        check(f, doubles(c.get("shifted")));
        SplittableRandom rng = new SplittableRandom(id.hashCode());
        int checked = 0;
        for (int trial = 0; trial < 12 && checked < 4; trial++) {
            double[] x = randomPoint(m, rng);
            if (Double.isFinite(f.value(x))) {
                check(f, x);
                checked++;
            }
        }
        assertThat(checked).as("random points with a finite likelihood").isGreaterThan(0);
    }

    static double[] randomPoint(HistFactoryModel m, SplittableRandom rng) {
        return org.darkflav.histfactory.TestWorkspaces.randomPoint(m, rng);
    }

    /** Central differences with h = 1e-6: truncation O(h²) plus rounding ≈ 1e-16·|f|/h, with margin. */
    private static final GradientCheck CHECK = new GradientCheck(1e-6, 1e-5, 1e-9, 1e-7);

    static void check(Objective f, double[] x) {
        CHECK.check(f, x);
    }

    static double[] doubles(JsonNode a) {
        return org.darkflav.histfactory.TestWorkspaces.doubles(a);
    }
}
