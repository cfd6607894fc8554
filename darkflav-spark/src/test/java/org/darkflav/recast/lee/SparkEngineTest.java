package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.darkflav.infer.EngineException;
import org.darkflav.infer.EngineOptions;
import org.darkflav.infer.ExecutionEngines;
import org.darkflav.infer.InferenceException;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import org.darkflav.recast.scan.MassGrid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on an embedded local[2], one context for all tests: found through the service loader,
 * results streamed back, failures and set-up errors reported, and the same look-elsewhere toys as on one
 * and two local threads. In the recast's package to use its test problems ({@link SyntheticScans},
 * {@link LeeRuns}).
 */
class SparkEngineTest {

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
    void aRunKilledOnSparkResumesOnLocalThreadsToTheSameResult(@TempDir Path tmp) {
        var source = LeeRuns.smallProblem();
        LeeSetup setup = LeeRuns.smallSetup(40, 1, 5);
        LeeRun whole = LeeRuns.run(new LocalTaskRunner(1), setup, source, LookElsewhere.Checkpointing.NONE);
        Path dir = tmp.resolve("run");
        assertThatThrownBy(() -> LeeRuns.run(LeeRuns.killedAfter(spark, 3), setup, source,
                new LookElsewhere.Checkpointing(dir, false))).hasMessage("killed");
        assertThat(LookElsewhere.status(dir, GrossVitells.DEFAULT_REFERENCE_Z).toysDone()).isEqualTo(15);
        LeeRun resumed = LeeRuns.run(new LocalTaskRunner(2), setup, source, new LookElsewhere.Checkpointing(dir, true));
        assertThat(resumed.result().toys()).isEqualTo(whole.result().toys());
        assertThat(LeeRuns.resultJson(resumed)).isEqualTo(LeeRuns.resultJson(whole));
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

    @Test
    void theEngineIsFoundThroughTheServiceLoader() {
        assertThat(ExecutionEngines.names()).containsExactly("local", "spark");
        assertThat(spark.parallelism()).isEqualTo(2);
    }

    @Test
    void resultsComeBackOnTheCallingThreadOncePerIndex() {
        Thread caller = Thread.currentThread();
        List<Integer> seen = new ArrayList<>();
        spark.forEach(20, i -> i * i, (r, i) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            assertThat(r).isEqualTo(i * i);
            seen.add(i);
        });
        assertThat(seen).hasSize(20).doesNotHaveDuplicates();
        assertThat(spark.map(5, i -> "t" + i, ProgressListener.NONE)).containsExactly("t0", "t1", "t2", "t3", "t4");
    }

    @Test
    void aFailingTaskFailsTheRunWithItsMessage() {
        assertThatThrownBy(() -> spark.map(6, i -> {
            if (i == 3) {
                throw new IllegalStateException("boom at 3");
            }
            return i;
        }, ProgressListener.NONE)).isInstanceOf(InferenceException.class).hasMessageContaining("boom at 3");
        // the context survives a failed job
        assertThat(spark.map(2, i -> i, ProgressListener.NONE)).containsExactly(0, 1);
    }

    @Test
    void anUnreachableMasterIsASetUpError() {
        assertThatThrownBy(() -> ExecutionEngines.create("spark", new EngineOptions(0, "spark://127.0.0.1:1")))
                .isInstanceOf(EngineException.class).hasMessageContaining("cannot reach the Spark master");
        assertThatThrownBy(() -> ExecutionEngines.create("spark", new EngineOptions(0, "spark://nohost")))
                .isInstanceOf(EngineException.class).hasMessageContaining("no port");
    }
}
