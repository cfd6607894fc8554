package org.darkflav.physics.formfactors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_PLUS;
import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_T;
import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_ZERO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.darkflav.physics.PhysicsInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Hpqcd2022Test {

    private static final Hpqcd2022 FF = Hpqcd2022.bundled();
    /** HPQCD physical-point factor and coefficients, as transcribed in belle2/basf2 EvtbTosllNPR.cc (data README). */
    private static final double L = 1.3036556717286227;
    private static final double A0_0 = 0.2546162729845652;
    private static final double AT_0 = 0.2549078414069112;

    @Test
    void valuesAtZeroAreTheLeadingCoefficientsTimesL() {
        // z(0) = 0 for t_0 = 0 and the pole factor is 1, so F(0) = L a_0 (HPQCD, PRD 107, 014510, Eq. of the modified z expansion)
        assertThat(FF.value(F_ZERO, 0.0)).isCloseTo(L * A0_0, within(1e-15));
        assertThat(FF.value(F_PLUS, 0.0)).isCloseTo(L * A0_0, within(1e-15));
        assertThat(FF.value(F_T, 0.0)).isCloseTo(L * AT_0, within(1e-15));
        // rounded values quoted in the data README: f_0(0) = f_+(0) = 0.33193, f_T(0) = 0.33231
        assertThat(FF.value(F_ZERO, 0.0)).isCloseTo(0.33193, within(5e-6));
        assertThat(FF.value(F_T, 0.0)).isCloseTo(0.33231, within(5e-6));
    }

    @Test
    void effectiveCoefficientsMatchTheDerivedCentralValuesOfTheDataFile() {
        // data file, derived_effective_coefficients.central (p = L a_n), written independently of our L*a product
        double[] central = {0.3319319483907317, 0.2750931358296291, 0.035078463331634904, -0.9236022388223781,
            0.4037293227381458, 0.33231205321822005, -0.8538142778223491, 0.47278251625049816};
        double[] p = FF.coefficients().mean();
        for (int i = 0; i < central.length; i++) {
            assertThat(p[i]).isCloseTo(central[i], within(1e-14));
        }
    }

    @Test
    void uncertaintiesAtZeroReproduceTheQuotedOnes() {
        // EOS encoding of HPQCD:2022A, covariance diagonal at q2 = 0: var f_0(0) = 1.33646e-4, var f_T(0) = 5.5398e-4
        assertThat(FF.linearUncertainty(F_ZERO, 0.0).sigma()).isCloseTo(Math.sqrt(1.33646e-4), within(1e-9));
        assertThat(FF.linearUncertainty(F_T, 0.0).sigma()).isCloseTo(Math.sqrt(5.5398e-4), within(1e-9));
        // rounded HPQCD errors on a0_0 = a+_0 (0.0090) and aT_0 (0.018); sigma(F(0))/L must round to them
        assertThat(FF.linearUncertainty(F_ZERO, 0.0).sigma() / L).isCloseTo(0.0090, within(0.0002));
        assertThat(FF.linearUncertainty(F_T, 0.0).sigma() / L).isCloseTo(0.018, within(0.0005));
    }

    @Test
    void reproducesEosPseudoDataAtHighQ2() {
        // means and diagonal covariance of the EOS pseudo-data (q2 = 12, 22.9 GeV^2); README: central values within 0.08 % (largest: f_0(22.9), 0.0800 %)
        double[][] points = {
            {12.0, 0.475729, 8.15763e-05}, {22.9, 0.850441, 0.000295315}};
        for (double[] pt : points) {
            Uncertain u = FF.linearUncertainty(F_ZERO, pt[0]);
            assertThat(u.value() / pt[1]).isCloseTo(1.0, within(1e-3));
            assertThat(u.sigma() * u.sigma() / pt[2]).isCloseTo(1.0, within(1e-5));
        }
        Uncertain fp = FF.linearUncertainty(F_PLUS, 22.9);
        assertThat(fp.value() / 2.79257).isCloseTo(1.0, within(1e-3));
        assertThat(fp.sigma() * fp.sigma() / 0.0115989).isCloseTo(1.0, within(1e-5));
        Uncertain ft = FF.linearUncertainty(F_T, 12.0);
        assertThat(ft.value() / 0.731494).isCloseTo(1.0, within(1e-3));
        assertThat(ft.sigma() * ft.sigma() / 0.000992626).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void relativeUncertaintyOfF0AtFourIsAboutThreePercent() {
        // data README: "about 3 % on f_0 at q^2 = 4 GeV^2"
        assertThat(FF.linearUncertainty(F_ZERO, 4.0).relative()).isBetween(0.025, 0.035);
    }

    @ParameterizedTest
    @EnumSource(PseudoscalarFormFactor.class)
    void samplingAgreesWithLinearPropagation(PseudoscalarFormFactor ff) {
        // the form factor is linear in the coefficients, so both must agree up to sampling noise
        // (20000 samples: relative noise on a standard deviation about 0.5 %)
        for (double q2 : new double[] {0.0, 4.0, 15.0}) {
            Uncertain linear = FF.linearUncertainty(ff, q2);
            Uncertain sampled = FF.sampledUncertainty(ff, q2, 20000, 42L);
            assertThat(sampled.sigma() / linear.sigma()).isCloseTo(1.0, within(0.03));
            assertThat(sampled.value()).isCloseTo(linear.value(), within(4 * linear.sigma() / Math.sqrt(20000)));
        }
    }

    @Test
    void basisIsTheGradientOfTheValue() {
        double[] p = FF.coefficients().mean();
        double[] b = new double[p.length];
        for (PseudoscalarFormFactor ff : PseudoscalarFormFactor.values()) {
            FF.basis(ff, 5.0, b);
            for (int j = 0; j < p.length; j++) {
                double[] up = p.clone();
                up[j] += 1e-3;
                double fd = (FF.value(ff, 5.0, up) - FF.value(ff, 5.0, p)) / 1e-3;
                assertThat(b[j]).isCloseTo(fd, within(1e-9));
            }
        }
    }

    @Test
    void userFileReplacesTheBundledSet(@TempDir Path dir) throws IOException {
        String text = new String(Hpqcd2022.class.getResourceAsStream("/org/darkflav/physics/data/" + Hpqcd2022.RESOURCE)
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("1.3036556717286227", "1.4");
        Path file = dir.resolve("ff.json");
        Files.writeString(file, text);
        assertThat(Hpqcd2022.fromFile(file).value(F_PLUS, 0.0)).isCloseTo(1.4 * A0_0, within(1e-15));
        Files.writeString(file, "{\"L\": 1}");
        assertThatThrownBy(() -> Hpqcd2022.fromFile(file)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("masses_in_parametrization_GeV");
        Files.writeString(file, "{nope");
        assertThatThrownBy(() -> Hpqcd2022.fromFile(file)).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("not valid JSON");
    }
}
