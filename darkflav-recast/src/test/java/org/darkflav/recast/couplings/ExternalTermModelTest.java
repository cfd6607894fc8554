package org.darkflav.recast.couplings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.fit.Objective;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.recast.analysis.AsymmetricGaussian;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.scan.RecastAnalyses;
import org.junit.jupiter.api.Test;

class ExternalTermModelTest {

    @Test
    void addsTheTermInItsOwnParameterWithItsGradient() {
        HistFactoryModel base = new RecastAnalyses(new AnalysisBundles())
                .paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).withX(2.0).compile();
        AsymmetricGaussian term = new AsymmetricGaussian(7e-6, 7e-6, 2e-5, true);
        ExternalTermModel model = new ExternalTermModel(base, "Br_Kstar", term, 1.0);
        assertThat(model.parameterNames()).endsWith("Br_Kstar");
        double[] data = base.observedData();
        Objective plain = base.twiceNll(data);
        Objective sum = model.twiceNll(data);
        double[] x = model.suggestedInit();
        int n = x.length - 1;
        for (int i = 0; i < n; i++) {
            x[i] += 0.01 * ((i % 5) - 2);
        }
        x[n] = 1.7e-5; // above the best fit: ((17 - 7) / 20)^2 = 0.25
        double[] head = java.util.Arrays.copyOf(x, n);
        assertThat(sum.value(x) - plain.value(head)).isCloseTo(0.25, within(1e-12));
        double[] g = new double[x.length];
        sum.valueAndGradient(x, g);
        for (int i = 0; i < x.length; i++) {
            double h = i == n ? 1e-9 : 1e-6;
            double[] up = x.clone();
            double[] dn = x.clone();
            up[i] += h;
            dn[i] -= h;
            double fd = (sum.value(up) - sum.value(dn)) / (2 * h);
            assertThat(g[i]).as("d/dx%d", i).isCloseTo(fd, within(1e-5 * (1 + Math.abs(fd))));
        }
    }
}
