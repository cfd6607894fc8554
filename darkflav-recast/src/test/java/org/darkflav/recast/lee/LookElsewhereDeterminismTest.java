package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.recast.scan.MassGrid;
import org.junit.jupiter.api.Test;

/** Toy k depends on (seed, k) only: the same result whatever the threads or the chunks. */
class LookElsewhereDeterminismTest {

    @Test
    void oneThreadTwoThreadsAndOtherChunksGiveTheSameToys() {
        var source = LeeRuns.smallProblem();
        LeeRun one = LeeRuns.run(new LocalTaskRunner(1), LeeRuns.smallSetup(60, 3, 7), source,
                LookElsewhere.Checkpointing.NONE);
        LeeRun two = LeeRuns.run(new LocalTaskRunner(2), LeeRuns.smallSetup(60, 3, 7), source,
                LookElsewhere.Checkpointing.NONE);
        LeeRun chunks = LeeRuns.run(new LocalTaskRunner(2), LeeRuns.smallSetup(60, 3, 25), source,
                LookElsewhere.Checkpointing.NONE);

        assertThat(two.result().toys()).isEqualTo(one.result().toys());
        assertThat(chunks.result().toys()).isEqualTo(one.result().toys());
        assertThat(LeeRuns.resultJson(two)).isEqualTo(LeeRuns.resultJson(one));
        assertThat(LeeRuns.resultJson(chunks).replace("\"chunk_size\" : 25", "\"chunk_size\" : 7"))
                .isEqualTo(LeeRuns.resultJson(one));
        // another seed gives other toys
        LeeRun other = LeeRuns.run(new LocalTaskRunner(2), LeeRuns.smallSetup(60, 4, 7), source,
                LookElsewhere.Checkpointing.NONE);
        assertThat(other.result().toys()).isNotEqualTo(one.result().toys());
    }

    @Test
    void paperModelToysAreTheSameOnOneAndTwoThreads() {
        // the 12-bin paper model has nuisance parameters: warm starts from mass to mass within a toy only
        var source = new RecastScanModels("belle2-ita");
        LeeSetup setup = new LeeSetup("belle2-ita", MassGrid.parse("1.8:2.2:0.1").masses(), 6, 9, 2);
        LeeRun one = LeeRuns.run(new LocalTaskRunner(1), setup, source, LookElsewhere.Checkpointing.NONE);
        LeeRun two = LeeRuns.run(new LocalTaskRunner(2), setup, source, LookElsewhere.Checkpointing.NONE);
        assertThat(two.result().toys()).isEqualTo(one.result().toys());
        assertThat(LeeRuns.resultJson(two)).isEqualTo(LeeRuns.resultJson(one));
        assertThat(one.result().failedToys()).isZero();
        // the observed scan is the one scan-mass gives for the headline reading: q0 = 12.4952 at 2 GeV (independent
        // scipy fit, PaperScanShapeTest), Z = 3.535
        assertThat(one.result().massAtMax()).isEqualTo(2.0);
        assertThat(one.result().localZMax()).isCloseTo(Math.sqrt(12.4952), within(0.002));
    }
}
