package org.darkflav.recast.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.BinnedTemplate;
import org.junit.jupiter.api.Test;

class FittedModelTemplatesTest {
    private static final AnalysisBundles BUNDLES = new AnalysisBundles();
    private static final WorkspaceSpec PUBLISHED = PublishedWorkspace.read(BUNDLES);

    @Test
    void atThePrefitPointTheyAreTheExtractedPrefitTables() {
        // ita_12bin_prefit.csv was extracted from the same JSON (derived README), 6 decimals
        HistFactoryModel model = HistFactoryModel.build(PUBLISHED.channels(), PUBLISHED.observations(),
                PUBLISHED.measurements().get(0), InterpolationSettings.PYHF_DEFAULT);
        ItaTemplates fitted = new FittedModelTemplates(PUBLISHED, model.suggestedInit()).templates();
        ItaTemplates table = new DerivedTableTemplates(BUNDLES, null).templates();
        assertThat(fitted.observed()).containsExactly(table.observed());
        BinnedTemplate[][] pairs = {{fitted.bbbar(), table.bbbar()}, {fitted.continuum(), table.continuum()},
            {fitted.taupair(), table.taupair()}, {fitted.smSignal(), table.smSignal()}};
        for (BinnedTemplate[] p : pairs) {
            for (int b = 0; b < 12; b++) {
                assertThat(p[0].yield(b)).as("%s bin %d", p[0].name(), b).isCloseTo(p[1].yield(b), within(1e-5));
                assertThat(p[0].statError(b)).as("%s err %d", p[0].name(), b).isCloseTo(p[1].statError(b), within(1e-5));
            }
        }
    }

    @Test
    void atAFittedPointTheGroupsAddUpToTheModel() {
        HistFactoryModel model = HistFactoryModel.build(PUBLISHED.channels(), PUBLISHED.observations(),
                PUBLISHED.measurements().get(0), InterpolationSettings.PYHF_DEFAULT);
        double[] x = model.suggestedInit();
        x[model.poiIndex()] = 5.0;
        x[model.parameterNames().indexOf("mu_bkg_ccbar")] = 0.7;
        ItaTemplates t = new FittedModelTemplates(PUBLISHED, x).templates();
        double[] expected = model.expectedData(x);
        // global order: channel A (bins 0-8) then B (9-11); the 12-bin layout is B then A
        for (int b = 0; b < 12; b++) {
            int global = b < 3 ? 9 + b : b - 3;
            double sum = t.bbbar().yield(b) + t.continuum().yield(b) + t.taupair().yield(b) + 5.0 * t.smSignal().yield(b);
            assertThat(sum).as("bin %d", b).isCloseTo(expected[global], within(1e-9 * expected[global]));
        }
    }
}
