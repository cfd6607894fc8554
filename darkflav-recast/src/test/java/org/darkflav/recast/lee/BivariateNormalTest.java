package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BivariateNormalTest {

    @Test
    void independentVariablesMultiply() {
        // ρ = 0: P(X ≥ u) P(Y ≥ u)
        assertThat(BivariateNormal.upperOrthant(1.0, 0)).isCloseTo(Math.pow(Normal.tail(1.0), 2), within(1e-12));
    }

    @Test
    void quadrantProbabilityAtZeroIsSheppards() {
        // Sheppard: P(X ≥ 0, Y ≥ 0) = 1/4 + arcsin(ρ)/(2π)
        for (double rho : new double[] {0.3, 0.9, 0.985}) {
            assertThat(BivariateNormal.upperOrthant(0, rho))
                    .isCloseTo(0.25 + Math.asin(rho) / (2 * Math.PI), within(1e-9));
        }
    }
}
