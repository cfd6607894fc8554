package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.analysis.RecastWorkspace;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class PostfitSpectrumTest {

    @Test
    void itaSpectrumCarriesTheFittedX() {
        RecastWorkspace ws = new RecastAnalyses(new AnalysisBundles()).paperMethod(PaperMethodOptions.PAPER_REPRODUCTION)
                .withX(2.0);
        List<PostfitSpectrum> spectra = PostfitSpectrum.of(ws);
        assertThat(spectra).hasSize(1);
        PostfitSpectrum s = spectra.get(0);
        // scipy fit of the same workspace (doc/recast.md, ReproduceCommandTest): Br = 9.42e-6 at 2 GeV
        assertThat(s.br()).isCloseTo(9.42e-6, within(0.02e-6));
        assertThat(s.converged()).isTrue();
        assertThat(s.samples()).contains("x_signal", "sm_signal", "continuum", "bbbar");
        // x_signal has only its normfactor: yield = template x POI = template x Br / brPerPoiUnit
        SampleSpec x = ws.spec().channels().get(0).samples().stream().filter(p -> p.name().equals("x_signal"))
                .findFirst().orElseThrow();
        double[] y = s.yields().get(s.samples().indexOf("x_signal"));
        for (int i = 0; i < y.length; i++) {
            assertThat(y[i]).isCloseTo(x.data()[i] * ws.poiValue(s.br()), within(1e-9 * (1 + y[i])));
        }
        // observed counts are the workspace's observation
        assertThat(s.observed()).containsExactly(ws.spec().observations().get(0).data());
        // a best fit with free normalisations reproduces the total observed count to within a few events
        double total = 0;
        for (double[] b : s.yields()) {
            for (double v : b) {
                total += v;
            }
        }
        double obs = 0;
        for (double v : s.observed()) {
            obs += v;
        }
        assertThat(total).isCloseTo(obs, within(0.03 * obs));
    }
}
