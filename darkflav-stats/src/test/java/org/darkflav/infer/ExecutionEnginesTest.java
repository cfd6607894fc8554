package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionEnginesTest {

    @Test
    void theLocalEngineIsFoundThroughTheServiceLoader() {
        assertThat(ExecutionEngines.names()).first().isEqualTo("local");
        try (TaskRunner r = ExecutionEngines.create("local", new EngineOptions(3, null))) {
            assertThat(r).isInstanceOf(LocalTaskRunner.class);
            assertThat(r.parallelism()).isEqualTo(3);
        }
        try (TaskRunner r = ExecutionEngines.create("local", EngineOptions.defaults())) {
            assertThat(r.parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        }
    }

    @Test
    void anEngineThatIsNotThereIsNamedWithWhatIs() {
        assertThatThrownBy(() -> ExecutionEngines.create("spark", EngineOptions.defaults()))
                .isInstanceOf(EngineException.class).hasMessageContaining("no execution engine named 'spark'")
                .hasMessageContaining("available: local").hasMessageContaining("darkflav-spark");
    }

    @Test
    void theLocalEngineTakesNoMaster() {
        assertThatThrownBy(() -> ExecutionEngines.create("local", new EngineOptions(1, "spark://h:7077")))
                .isInstanceOf(EngineException.class).hasMessageContaining("takes no master URL");
    }

    @Test
    void negativeThreadsAreRefused() {
        assertThatThrownBy(() -> new EngineOptions(-1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forEachHandsEveryResultOverOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        for (int threads : new int[] {1, 2}) {
            List<Integer> seen = new ArrayList<>();
            new LocalTaskRunner(threads).forEach(30, i -> i * 3, (r, i) -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                assertThat(r).isEqualTo(i * 3);
                seen.add(i);
            });
            assertThat(seen).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 30).boxed().toList());
        }
    }

    @Test
    void forEachStopsAtAFailureKeepingWhatWasHandedOver() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> new LocalTaskRunner(1).forEach(10, i -> {
            if (i == 4) {
                throw new IllegalStateException("boom");
            }
            return i;
        }, (r, i) -> seen.add(i))).isInstanceOf(InferenceException.class).hasMessageContaining("task 4");
        assertThat(seen).containsExactly(0, 1, 2, 3);
    }
}
