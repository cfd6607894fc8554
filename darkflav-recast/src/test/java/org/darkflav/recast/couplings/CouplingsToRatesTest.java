package org.darkflav.recast.couplings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CouplingsToRatesTest {

    private static final QuadraticRate KAON = new QuadraticRate(3.0e10, 0.0, new double[][] {{1e19, 0}, {0, 0}});
    private static final QuadraticRate KSTAR = new QuadraticRate(1.2e10, 4.1e10,
            new double[][] {{4e18, 1e18}, {1e18, 9e18}});

    private static CouplingsToRates map() {
        return new CouplingsToRates("mu_X", 1e-6, KAON, KSTAR, 2e-8,
                new String[][] {{"ff_K_V", null}, {"ff_Kstar_V", "ff_Kstar_A"}});
    }

    @Test
    void namesItsInputsAndOutputs() {
        CouplingsToRates f = map();
        assertThat(f.inputs()).containsExactly("g_V", "g_A", "ff_K_V", "ff_Kstar_V", "ff_Kstar_A");
        assertThat(f.outputs()).isEqualTo(List.of("mu_X", "Br_Kstar"));
    }

    @Test
    void valuesAreTheQuadraticRates() {
        double[] in = {1.3, -0.4, 1.05, 0.9, 1.2};
        double[] out = new double[2];
        map().evaluate(in, out, new double[10]);
        double u2 = 4e-16;
        // Br_K = u^2 b_V r_K g_V^2, in units of 1e-6; Br_K* = u^2 (b_V r_V g_V^2 + b_A r_A g_A^2)
        assertThat(out[0]).isCloseTo(u2 * 3.0e10 * 1.05 * 1.69 / 1e-6, within(1e-12));
        assertThat(out[1]).isCloseTo(u2 * (1.2e10 * 0.9 * 1.69 + 4.1e10 * 1.2 * 0.16), within(1e-15));
    }

    @Test
    void jacobianMatchesCentralFiniteDifferences() {
        CouplingsToRates f = map();
        double[] in = {0.8, 0.35, 0.97, 1.1, 0.85};
        double[] jac = new double[10];
        f.evaluate(in, new double[2], jac);
        for (int j = 0; j < in.length; j++) {
            double h = 1e-6;
            double[] up = in.clone();
            double[] dn = in.clone();
            up[j] += h;
            dn[j] -= h;
            double[] oUp = new double[2];
            double[] oDn = new double[2];
            f.evaluate(up, oUp, new double[10]);
            f.evaluate(dn, oDn, new double[10]);
            for (int k = 0; k < 2; k++) {
                double fd = (oUp[k] - oDn[k]) / (2 * h);
                assertThat(jac[k * 5 + j]).as("d out%d / d in%d", k, j).isCloseTo(fd, within(1e-7 * (1 + Math.abs(fd))));
            }
        }
    }
}
