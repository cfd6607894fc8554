package org.darkflav.recast.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.DensityRegion;
import org.junit.jupiter.api.Test;

class Belle2FullLikelihoodMethodTest {
    private static final AnalysisBundles BUNDLES = new AnalysisBundles();
    private static final Belle2FullLikelihoodMethod FULL =
            Belle2FullLikelihoodMethod.fromBundles(PublishedWorkspace.read(BUNDLES), BUNDLES, true);

    @Test
    void xSampleAddsTheFoldedYields() {
        RecastWorkspace ws = FULL.withX(2.0);
        HistFactoryModel model = ws.compile();
        double[] p = model.suggestedInit();
        p[model.poiIndex()] = 0;
        double[] without = model.expectedData(p);
        p[model.poiIndex()] = 1; // Br = 1e-5
        double[] with = model.expectedData(p);
        // main bins follow the channels sorted by name: A(9), B(3), C(9), D(3), sgn1_had(6)
        double ita = 0;
        double off = 0;
        double hta = 0;
        for (int b = 0; b < 30; b++) {
            double d = with[b] - without[b];
            if (b < 12) {
                ita += d;
            } else if (b < 24) {
                off += d;
            } else {
                hta += d;
            }
        }
        // derived README: b = 1e-5 at m_X = 2 GeV gives about 586 ITA events (numpy with this interpolation: 586.022);
        // HTA (numpy, same interpolation): 19.90498
        assertThat(ita).isCloseTo(586.022, within(0.01));
        assertThat(off).isZero();
        assertThat(hta).isCloseTo(19.90498, within(1e-4));
    }

    @Test
    void withXAbsentItIsThePublishedLikelihoodAtTheSmRate() {
        HistFactoryModel x = FULL.withX(2.0).compile();
        HistFactoryModel sm = FULL.smOnly().compile();
        double[] px = x.suggestedInit();
        px[x.poiIndex()] = 0;
        double[] psm = sm.suggestedInit();
        assertThat(psm[sm.poiIndex()]).isEqualTo(1.0); // mu = 1 is pyhf's normfactor init
        // same parameters by name (mu_x is the only extra one)
        List<String> names = sm.parameterNames();
        assertThat(x.parameterNames()).containsAll(names).hasSize(names.size() + 1);
        assertThat(x.suggestedFixed()[x.parameterNames().indexOf("mu")]).isTrue();
        double vx = x.twiceNll(x.observedData()).value(px);
        double vsm = sm.twiceNll(sm.observedData()).value(psm);
        assertThat(vx).isCloseTo(vsm, within(1e-9 * Math.abs(vsm)));
        assertThat(FULL.smOnly().br(4.6)).isCloseTo(4.6 * 4.966e-6, within(0.001e-6));
    }

    @Test
    void onlyItaWhenHtaIsExcluded() {
        var itaOnly = Belle2FullLikelihoodMethod.fromBundles(FULL.published(), BUNDLES, false);
        Map<String, double[]> y = itaOnly.xYieldsPerUnitBr(2.0);
        assertThat(y).containsOnlyKeys(DensityRegion.ITA_A.channel(), DensityRegion.ITA_B.channel());
        ChannelSpec hta = itaOnly.withX(2.0).spec().channels().stream().filter(c -> c.name().equals("sgn1_had"))
                .findFirst().orElseThrow();
        assertThat(hta.samples()).noneMatch(s -> s.name().equals("x_signal"));
        assertThatThrownBy(() -> FULL.withX(4.9)).hasMessageContaining("kinematic range");
    }
}
