package org.darkflav.histfactory.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoissonTermsTest {

    /**
     * Counts far above their expectation (found by the fuzzer: n = 9.2e18 observed where ν = 130 is
     * expected gave +∞, as log1p(u) saw u round to −1). Reference: n (ln n − ln ν) − n + ν, each
     * logarithm taken separately, which has no cancellation for ν ≪ n.
     */
    @ParameterizedTest
    @CsvSource({"9.223372036854775807e18, 130", "1e300, 130", "1e7, 1e-3", "3e6, 1e6", "1e11, 1.00001e11"})
    void halfDevianceIsFiniteAndExactFarFromAndNearTheExpectation(double n, double nu) {
        double reference = n * (Math.log(n) - Math.log(nu)) - n + nu;
        double d = PoissonTerms.halfDeviance(n, nu);
        assertThat(d).isFinite();
        if (Math.abs(nu - n) > 0.5 * n) {
            assertThat(d).isCloseTo(reference, within(1e-14 * Math.abs(reference)));
        } else {
            // near ν ≈ n the reference loses digits to cancellation: the series n u²/2 is the check
            double u = (nu - n) / n;
            assertThat(d).isCloseTo(n * (u * u / 2 - u * u * u / 3), within(1e-6 * n * u * u));
        }
    }
}
