package org.darkflav.histfactory.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Fast interpolation kernels against {@link SlowInterpolation}, and their derivatives against finite differences. */
class InterpolationTest {

    static Stream<double[]> variations() {
        SplittableRandom r = new SplittableRandom(20261125);
        return Stream.generate(() -> new double[] {1 + 0.5 * r.nextDouble(), 0.5 + 0.5 * r.nextDouble()}).limit(20);
    }

    static double[] alphas() {
        // kept 1e-3 away from the kinks at 0 and ±1 so the finite differences below do not straddle them
        return new double[] {-3.2, -1.7, -1.001, -0.999, -0.63, -0.2, -1e-3, 1e-3, 0.37, 0.9, 0.999, 1.001, 1.4, 2.8};
    }

    @ParameterizedTest
    @MethodSource("variations")
    void normsysFactorsMatchSlowOracle(double[] hiLo) {
        double hi = hiLo[0];
        double lo = hiLo[1];
        double[] coef = NormSysInterpolation.code4Coefficients(hi, lo);
        assertThat(coef).containsExactly(SlowInterpolation.code4Polynomial(hi, lo), within(1e-12));
        double[] d = new double[1];
        double[] work = new double[4];
        for (Interpolation code : Interpolation.values()) {
            for (double a : alphas()) {
                double f = NormSysInterpolation.value(code, a, hi, lo, coef, 0, d, 0, work);
                assertThat(f).as("%s at %s", code, a).isCloseTo(SlowInterpolation.factor(code, a, hi, lo), within(1e-12));
                double h = 1e-7;
                double fd = (SlowInterpolation.factor(code, a + h, hi, lo) - SlowInterpolation.factor(code, a - h, hi, lo)) / (2 * h);
                assertThat(d[0]).as("%s derivative at %s", code, a).isCloseTo(fd, within(1e-6));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"CODE0", "CODE2", "CODE4P"})
    void additiveCoefficientsReproduceSlowDeltas(Interpolation code) {
        SplittableRandom r = new SplittableRandom(7);
        double[] c = new double[4];
        for (int t = 0; t < 50; t++) {
            double nom = 10 * r.nextDouble();
            double hi = nom * (1 + 0.4 * r.nextDouble());
            double lo = nom * (1 - 0.4 * r.nextDouble());
            for (double a : alphas()) {
                code.additiveCoefficients(a, c);
                double fast = c[0] * (hi - nom) + c[1] * (nom - lo);
                assertThat(fast).isCloseTo(SlowInterpolation.delta(code, a, nom, hi, lo), within(1e-12 * (1 + nom)));
                double h = 1e-7;
                double fd = (SlowInterpolation.delta(code, a + h, nom, hi, lo) - SlowInterpolation.delta(code, a - h, nom, hi, lo)) / (2 * h);
                assertThat(c[2] * (hi - nom) + c[3] * (nom - lo)).isCloseTo(fd, within(1e-5 * (1 + nom)));
            }
        }
    }

    @Test
    void code4IsTwiceContinuouslyDifferentiableAtPlusMinusOne() {
        // pyhf's code 4 (doc/likelihood.md): value, first and second derivatives continuous at α = ±1
        double hi = 1.3;
        double lo = 0.8;
        for (double edge : new double[] {-1, 1}) {
            double e = 1e-6;
            double in = SlowInterpolation.factor(Interpolation.CODE4, edge * (1 - e), hi, lo);
            double out = SlowInterpolation.factor(Interpolation.CODE4, edge * (1 + e), hi, lo);
            assertThat(in).isCloseTo(out, within(1e-5));
        }
        double[] coef = NormSysInterpolation.code4Coefficients(hi, lo);
        double[] d = new double[1];
        double[] w = new double[4];
        NormSysInterpolation.value(Interpolation.CODE4, 0.999999999, hi, lo, coef, 0, d, 0, w);
        double inner = d[0];
        NormSysInterpolation.value(Interpolation.CODE4, 1.0, hi, lo, coef, 0, d, 0, w);
        assertThat(inner).isCloseTo(d[0], within(1e-7));
    }

    @Test
    void histosysRejectsMultiplicativeCodesAsPyhfDoes() {
        assertThatThrownBy(() -> new InterpolationSettings(Interpolation.CODE4, Interpolation.CODE1))
                .hasMessageContaining("histosys supports code0, code2 and code4p");
        assertThat(Interpolation.parse("4p")).isEqualTo(Interpolation.CODE4P);
        assertThat(Interpolation.parse("code1")).isEqualTo(Interpolation.CODE1);
        assertThatThrownBy(() -> Interpolation.parse("code3")).hasMessageContaining("unknown interpolation code 'code3'");
    }
}
