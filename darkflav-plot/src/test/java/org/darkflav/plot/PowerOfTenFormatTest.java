package org.darkflav.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tick labels of linear axes with tiny or huge values. Expected strings written out by hand. */
class PowerOfTenFormatTest {

    @Test
    void plainDecimalsBetweenOneHundredthAndOneHundredThousand() {
        assertThat(PowerOfTenFormat.exponentFor(0, 10)).isZero();
        assertThat(PowerOfTenFormat.exponentFor(-0.05, 0.02)).isZero();
        assertThat(PowerOfTenFormat.exponentFor(0, 99_999)).isZero();
        assertThat(PowerOfTenFormat.exponentFor(0, 0)).isZero();
    }

    @Test
    void exponentKeepsTheLargestMantissaBetweenTwoAndTwenty() {
        // 1.15e-4 / 2 = 5.75e-5 -> exponent -5, largest label 11.5
        assertThat(PowerOfTenFormat.exponentFor(0, 1.15e-4)).isEqualTo(-5);
        // 2.5e-4 / 2 = 1.25e-4 -> exponent -4, largest label 2.5
        assertThat(PowerOfTenFormat.exponentFor(0, 2.5e-4)).isEqualTo(-4);
        assertThat(PowerOfTenFormat.exponentFor(-3e6, 1e6)).isEqualTo(6);
    }

    @Test
    void formatsWithUnicodeSuperscripts() {
        PowerOfTenFormat format = new PowerOfTenFormat(-5);
        assertThat(format.format(1.5e-5)).isEqualTo("1.5×10⁻⁵");
        assertThat(format.format(1.2e-4)).isEqualTo("12×10⁻⁵");
        assertThat(format.format(0.0)).isEqualTo("0");
        assertThat(format.format(-2e-5)).isEqualTo("-2×10⁻⁵");
        assertThat(new PowerOfTenFormat(6).format(3e6)).isEqualTo("3×10⁶");
        assertThat(PowerOfTenFormat.superscript(-10)).isEqualTo("⁻¹⁰");
    }
}
