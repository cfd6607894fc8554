package org.darkflav.recast.lee;

import java.util.List;
import java.util.function.ObjIntConsumer;
import org.darkflav.infer.IndexedTask;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import tools.jackson.databind.node.ObjectNode;

/** Small look-elsewhere studies for tests, and a runner that dies like a killed process. */
final class LeeRuns {

    private LeeRuns() { }

    /** 12 independent bins, an excess in bin 4; cheap enough for dozens of toys per test. */
    static SyntheticScans.IndependentBins smallProblem() {
        double[] observed = SyntheticScans.flat(12, 20);
        observed[4] = 30.5;
        return new SyntheticScans.IndependentBins(12, 20, 10, observed);
    }

    static LeeSetup smallSetup(int toys, long seed, int chunkSize) {
        return new LeeSetup("small", smallProblem().centres(), toys, seed, chunkSize);
    }

    static LeeRun run(TaskRunner runner, LeeSetup setup, ScanModelSource source, LookElsewhere.Checkpointing c) {
        return new LookElsewhere(runner, "local", GrossVitells.DEFAULT_REFERENCE_Z).run(setup, source, c, p -> { });
    }

    /** The result's JSON: everything that must not depend on how the toys were run. */
    static String resultJson(LeeRun run) {
        return LeeJson.pretty(LeeJson.of(run.result()));
    }

    /** The run's JSON without the keys that describe the run rather than the result. */
    static ObjectNode withoutRunKeys(ObjectNode o) {
        ObjectNode c = o.deepCopy();
        c.remove(List.of("engine", "threads", "wall_s", "fits_per_s"));
        return c;
    }

    /** Runs on {@code inner}, hands over {@code delivered} results, then fails as if the process had been killed. */
    static TaskRunner killedAfter(TaskRunner inner, int delivered) {
        return new TaskRunner() {
            @Override
            public <R> List<R> map(int count, IndexedTask<R> task, ProgressListener progress) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <R> void forEach(int count, IndexedTask<R> task, ObjIntConsumer<R> sink) {
                int[] n = {0};
                inner.forEach(count, task, (r, i) -> {
                    if (n[0]++ == delivered) {
                        throw new IllegalStateException("killed");
                    }
                    sink.accept(r, i);
                });
            }
        };
    }
}
