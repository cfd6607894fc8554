package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.darkflav.infer.LocalTaskRunner;
import org.junit.jupiter.api.Test;

class LeeReproductionTest {

    @Test
    void theDefaultStudiesAreValidAndScanTheAcceptedRange() {
        assertThat(LeeReproduction.DEFAULT).extracting(LeeReproduction.Study::analysis)
                .containsExactly("belle2-ita", "belle2-full");
        for (LeeReproduction.Study s : LeeReproduction.DEFAULT) {
            LeeSetup setup = s.setup();
            assertThat(setup.masses()).hasSize(93).startsWith(0.0).endsWith(4.6);
            assertThat(RecastScanModels.names()).contains(s.analysis());
        }
    }

    @Test
    void studiesRunInOrder() {
        List<LeeRun> runs = LeeReproduction.run(List.of(new LeeReproduction.Study("belle2-ita", "1.9:2.1:0.1", 3, 2)),
                new LocalTaskRunner(2), "local", p -> { });
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).result().toysDone()).isEqualTo(3);
        assertThat(runs.get(0).result().massAtMax()).isEqualTo(2.0);
    }
}
