package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalTaskRunnerTest {

    @Test
    void resultsComeBackInIndexOrderWhateverTheThreads() {
        for (int threads : new int[] {1, 2, 3}) {
            List<Integer> r = new LocalTaskRunner(threads).map(50, i -> i * i, ProgressListener.NONE);
            assertThat(r).hasSize(50);
            for (int i = 0; i < 50; i++) {
                assertThat(r.get(i)).isEqualTo(i * i);
            }
        }
    }

    @Test
    void progressReachesTheTotal() {
        AtomicInteger last = new AtomicInteger();
        new LocalTaskRunner(2).map(20, i -> i, (done, total) -> {
            assertThat(total).isEqualTo(20);
            last.accumulateAndGet(done, Math::max);
        });
        assertThat(last.get()).isEqualTo(20);
    }

    @Test
    void aFailingTaskFailsTheMapWithItsIndexAndCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> new LocalTaskRunner(2).map(10, i -> {
            if (i == 7) {
                throw boom;
            }
            return i;
        }, ProgressListener.NONE)).isInstanceOf(InferenceException.class).hasMessageContaining("task 7")
                .hasCause(boom);
    }

    @Test
    void rejectsZeroThreads() {
        assertThatThrownBy(() -> new LocalTaskRunner(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void toySeedsDependOnlyOnSeedAndIndex() {
        long a = ToySeeds.generator(5, 17).nextLong();
        assertThat(ToySeeds.generator(5, 17).nextLong()).isEqualTo(a);
        assertThat(ToySeeds.generator(5, 18).nextLong()).isNotEqualTo(a);
        assertThat(ToySeeds.generator(6, 17).nextLong()).isNotEqualTo(a);
    }
}
