package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;

import org.darkflav.infer.EngineOptions;
import org.darkflav.infer.ExecutionEngines;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.TaskRunner;
import org.darkflav.recast.scan.MassGrid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same look-elsewhere toys on Spark local[2] as on one and two local threads. In the recast's package
 * to use its test problems ({@link SyntheticScans}, {@link LeeRuns}).
 */
class SparkLookElsewhereTest {

    private static TaskRunner spark;

    @BeforeAll
    static void start() {
        spark = ExecutionEngines.create("spark", new EngineOptions(0, "local[2]"));
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Test
    void sparkGivesTheToysOfOneAndTwoThreads() {
        var source = LeeRuns.smallProblem();
        LeeSetup setup = LeeRuns.smallSetup(60, 3, 7);
        LeeRun one = LeeRuns.run(new LocalTaskRunner(1), setup, source, LookElsewhere.Checkpointing.NONE);
        LeeRun two = LeeRuns.run(new LocalTaskRunner(2), setup, source, LookElsewhere.Checkpointing.NONE);
        LeeRun onSpark = LeeRuns.run(spark, setup, source, LookElsewhere.Checkpointing.NONE);
        assertThat(onSpark.result().toys()).isEqualTo(one.result().toys()).isEqualTo(two.result().toys());
        assertThat(LeeRuns.resultJson(onSpark)).isEqualTo(LeeRuns.resultJson(one));
        assertThat(onSpark.parallelism()).isEqualTo(2);
    }

    @Test
    void thePaperModelGivesTheSameToysOnSpark() {
        var source = new RecastScanModels("belle2-ita");
        LeeSetup setup = new LeeSetup("belle2-ita", MassGrid.parse("1.8:2.2:0.1").masses(), 6, 9, 2);
        LeeRun local = LeeRuns.run(new LocalTaskRunner(2), setup, source, LookElsewhere.Checkpointing.NONE);
        LeeRun onSpark = LeeRuns.run(spark, setup, source, LookElsewhere.Checkpointing.NONE);
        assertThat(onSpark.result().toys()).isEqualTo(local.result().toys());
        assertThat(LeeRuns.resultJson(onSpark)).isEqualTo(LeeRuns.resultJson(local));
    }
}
