package org.darkflav.histfactory.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.workspace.Workspace;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.UpperLimit;
import org.darkflav.infer.UpperLimitResult;
import org.junit.jupiter.api.Test;

/** 90 % and 95 % limits from one search, as the recast makes them per mass point, on a published likelihood. */
class TwoLevelLimitsTest {

    @Test
    void oneSearchGivesTheLimitsOfTwoSeparateSearchesOnSbottom() {
        Workspace ws = Workspace.read(TestWorkspaces.path("atlas_sbottom_regionA/BkgOnly.json"))
                .withPatch(JsonPatch.read(TestWorkspaces.path("atlas_sbottom_regionA/patch.sbottom_1300_205_60.json")));
        HistFactoryModel m = ws.model(null, InterpolationSettings.PYHF_DEFAULT);
        ProfileLikelihood pl = ProfileLikelihood.of(m);
        double rtol = 1e-5;
        double[] cls = {0.90, 0.95};
        List<UpperLimitResult> together = UpperLimit.asymptotic(pl).rootFinding(m.observedData(), cls,
                pl.poiLowerBound(), pl.poiUpperBound(), rtol, ProgressListener.NONE);
        for (int c = 0; c < cls.length; c++) {
            UpperLimitResult alone = UpperLimit.asymptotic(pl).rootFinding(m.observedData(), cls[c],
                    pl.poiLowerBound(), pl.poiUpperBound(), rtol, ProgressListener.NONE);
            for (int k = 0; k < 6; k++) {
                // each search stops within rtol (relative) of the root, so the two within 2 rtol
                assertThat(together.get(c).limit(k)).as("CL %s, curve %d", cls[c], k)
                        .isCloseTo(alone.limit(k), withinPercentage(200 * rtol));
            }
            assertThat(together.get(c).poiUpperBound()).isEqualTo(alone.poiUpperBound());
        }
        assertThat(together.get(0).observed()).isLessThan(together.get(1).observed());
    }
}
