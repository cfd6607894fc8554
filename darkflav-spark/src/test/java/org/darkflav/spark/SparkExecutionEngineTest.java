package org.darkflav.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.infer.EngineException;
import org.darkflav.infer.EngineOptions;
import org.darkflav.infer.ExecutionEngines;
import org.darkflav.infer.InferenceException;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkExecutionEngineTest {

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
