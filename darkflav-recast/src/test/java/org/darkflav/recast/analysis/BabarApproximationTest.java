package org.darkflav.recast.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.BinnedSearchData;
import org.darkflav.recast.data.BinnedSearchReader;
import org.darkflav.recast.data.BundleException;
import org.darkflav.recast.templates.BinnedSignal;
import org.darkflav.recast.templates.SignalShape;
import org.junit.jupiter.api.Test;

class BabarApproximationTest {

    @Test
    void asymmetricGaussianHasItsBandAtOneUnit() {
        AsymmetricGaussian g = AsymmetricGaussian.fromBand(8.8e-6, 6.3e-6, 11.4e-6);
        // by construction -2 dlnL = 1 at both 1 sigma edges, 0 at the best fit
        assertThat(g.twiceDeltaNll(6.3e-6)).isCloseTo(1.0, within(1e-12));
        assertThat(g.twiceDeltaNll(11.4e-6)).isCloseTo(1.0, within(1e-12));
        assertThat(g.twiceDeltaNll(8.8e-6)).isZero();
        // derivative against a central finite difference on both sides
        for (double br : new double[] {3e-6, 7e-6, 10e-6, 20e-6}) {
            double h = 1e-10;
            double fd = (g.twiceDeltaNll(br + h) - g.twiceDeltaNll(br - h)) / (2 * h);
            assertThat(g.derivative(br)).isCloseTo(fd, within(1e-6 * Math.abs(fd) + 1e-3));
        }
        assertThatThrownBy(() -> g.twiceDeltaNll(-1e-7)).hasMessageContaining("Br >= 0");
    }

    @Test
    void babarCurveAtTheBoundaryUsesTheUpperWidth() {
        BabarApproximateLikelihood babar = BabarApproximateLikelihood.fromBundles(new AnalysisBundles());
        // Babar_BtoK_bestfit.txt first row: m = 0.10033 GeV, best 3.0703e-6, lower 0 (boundary), upper 1.0277e-5
        AsymmetricGaussian g = babar.at(0.10033444999999996);
        assertThat(g.lowerEdgeAtBoundary()).isTrue();
        assertThat(g.best()).isCloseTo(3.0702574562176022e-06, within(1e-18));
        assertThat(g.sigmaPlus()).isCloseTo(1.0277014566289567e-05 - 3.0702574562176022e-06, within(1e-18));
        assertThat(g.sigmaMinus()).isEqualTo(g.sigmaPlus());
        // Br = 0 stays inside the 1 sigma interval, as the published band says
        assertThat(g.twiceDeltaNll(0)).isLessThan(1.0);
        assertThat(babar.approximate()).isTrue();
        assertThatThrownBy(() -> babar.at(3.5)).hasMessageContaining("outside the tabulated range");
    }

    @Test
    void binnedSearchBundleBuildsAWorkspace() throws IOException {
        BinnedSearchData d = new BinnedSearchReader().read("synthetic-binned-search.json", resource());
        assertThat(d.q2().edges()).containsExactly(0.0, 5.0, 10.0, 15.0);
        var method = new BinnedSearchMethod(d, BinnedSignal.PAPER, 1e-5, 10);
        double[] y = method.xYieldsPerUnitBr(2.0);
        // q2 = 4 GeV^2, sigma 1.5, bins [0,5,10,15] renormalised: fraction in bin 0 = (Phi(2/3) - Phi(-8/3)) / (Phi(22/3) - Phi(-8/3))
        double f0 = (SignalShape.standardNormalCdf(2.0 / 3) - SignalShape.standardNormalCdf(-8.0 / 3))
                / (SignalShape.standardNormalCdf(22.0 / 3) - SignalShape.standardNormalCdf(-8.0 / 3));
        assertThat(y[0]).isCloseTo(4.0e8 * 0.001 * f0, within(1e-6));
        HistFactoryModel model = method.withX(2.0).compile();
        double[] p = model.suggestedInit();
        p[model.poiIndex()] = 0;
        double[] e = model.expectedData(p);
        // background + fixed SM signal
        assertThat(e[0]).isCloseTo(4.5, within(1e-12));
        assertThat(e[2]).isCloseTo(2.1, within(1e-12));
    }

    @Test
    void badBundlesNameTheField() {
        var reader = new BinnedSearchReader();
        assertThatThrownBy(() -> reader.read("x.json", "{\"format\": \"other/2\"}")).isInstanceOf(BundleException.class)
                .hasMessageContaining("expected 'darkflav-binned-search/1'");
        assertThatThrownBy(() -> reader.read("x.json", resource().replace("\"observed\": [5, 3, 2],", "")))
                .hasMessageContaining("'observed' is missing");
        assertThatThrownBy(() -> reader.read("x.json", resource().replace("[5, 3, 2]", "[5, 3]")))
                .hasMessageContaining("'observed' has 2 entries");
        assertThatThrownBy(() -> reader.read("x.json", "{not json")).hasMessageContaining("not valid JSON");
    }

    private static String resource() {
        try (InputStream in = BabarApproximationTest.class.getResourceAsStream("/synthetic-binned-search.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
