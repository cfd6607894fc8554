package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.fit.Objective;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.recast.analysis.AsymmetricGaussian;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.analysis.RecastWorkspace;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class PoiPenalisedModelTest {

    private static final RecastWorkspace WS =
            new RecastAnalyses(new AnalysisBundles()).paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).withX(2.0);

    @Test
    void addsTheTermAndItsGradient() {
        HistFactoryModel base = WS.compile();
        AsymmetricGaussian term = new AsymmetricGaussian(1e-6, 2e-6, 5e-6, false);
        PoiPenalisedModel model = new PoiPenalisedModel(base, term, WS.brPerPoiUnit());
        double[] data = base.observedData();
        Objective plain = base.twiceNll(data);
        Objective sum = model.twiceNll(data);
        double[] x = base.suggestedInit();
        int poi = base.poiIndex();
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.01 * ((i % 5) - 2);
        }
        x[poi] = 0.73; // Br = 7.3e-6, above the best fit: ((7.3 - 1) / 5)^2 = 1.5876
        assertThat(sum.value(x) - plain.value(x)).isCloseTo(1.5876, within(1e-9));
        double[] g = new double[x.length];
        sum.valueAndGradient(x, g);
        // central finite differences of the summed objective
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6;
            double[] up = x.clone();
            double[] dn = x.clone();
            up[i] += h;
            dn[i] -= h;
            double fd = (sum.value(up) - sum.value(dn)) / (2 * h);
            assertThat(g[i]).as("parameter " + i).isCloseTo(fd, within(1e-5 * (1 + Math.abs(fd))));
        }
    }
}
