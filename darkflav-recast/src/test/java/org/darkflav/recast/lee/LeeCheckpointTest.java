package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.darkflav.infer.LocalTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeeCheckpointTest {

    private static final LeeSetup SETUP = LeeRuns.smallSetup(40, 1, 5);

    @TempDir
    Path tmp;

    private LeeRun run(LeeSetup setup, Path dir, boolean resume) {
        return LeeRuns.run(new LocalTaskRunner(2), setup, LeeRuns.smallProblem(),
                new LookElsewhere.Checkpointing(dir, resume));
    }

    @Test
    void aRunKilledAfterSomeChunksAndResumedEqualsAnUninterruptedOne() throws IOException {
        LeeRun whole = run(SETUP, tmp.resolve("whole"), false);

        Path dir = tmp.resolve("killed");
        assertThatThrownBy(() -> LeeRuns.run(LeeRuns.killedAfter(new LocalTaskRunner(1), 3), SETUP, LeeRuns.smallProblem(),
                new LookElsewhere.Checkpointing(dir, false))).hasMessage("killed");
        assertThat(chunkFiles(dir)).hasSize(3);
        // a temp file left by a write the kill interrupted is not a chunk
        Files.writeString(dir.resolve(LeeCheckpoint.CHUNK_DIR).resolve(".chunk-000007.json.123.tmp"), "{\"for");
        LeeResult partial = LookElsewhere.status(dir, GrossVitells.DEFAULT_REFERENCE_Z);
        assertThat(partial.toysDone()).isEqualTo(15);
        assertThat(partial.complete()).isFalse();

        List<LeeProgress> progress = new ArrayList<>();
        LeeRun resumed = new LookElsewhere(new LocalTaskRunner(2), "local", GrossVitells.DEFAULT_REFERENCE_Z)
                .run(SETUP, LeeRuns.smallProblem(), new LookElsewhere.Checkpointing(dir, true), progress::add);

        assertThat(progress.get(progress.size() - 1).toysThisRun()).isEqualTo(25);
        assertThat(resumed.result().toys()).isEqualTo(whole.result().toys());
        assertThat(LeeRuns.resultJson(resumed)).isEqualTo(LeeRuns.resultJson(whole));
        String a = Files.readString(tmp.resolve("whole").resolve(LeeCheckpoint.RESULT_FILE));
        String b = Files.readString(dir.resolve(LeeCheckpoint.RESULT_FILE));
        var mapper = LeeCheckpointJson.MAPPER;
        assertThat(LeeRuns.withoutRunKeys((tools.jackson.databind.node.ObjectNode) mapper.readTree(b)))
                .isEqualTo(LeeRuns.withoutRunKeys((tools.jackson.databind.node.ObjectNode) mapper.readTree(a)));
        assertThat(Files.readString(dir.resolve(LeeCheckpoint.DISTRIBUTION_FILE)))
                .startsWith(MaxZDistribution.CSV_HEADER);
    }

    @Test
    void aResumeWithAnotherConfigurationNamesTheDifference() {
        Path dir = tmp.resolve("run");
        run(SETUP, dir, false);
        assertThatThrownBy(() -> run(LeeRuns.smallSetup(40, 2, 5), dir, true))
                .isInstanceOf(CheckpointException.class).hasMessageContaining("seed 2 (the run has 1)");
        assertThatThrownBy(() -> run(LeeRuns.smallSetup(50, 1, 5), dir, true))
                .isInstanceOf(CheckpointException.class).hasMessageContaining("toys 50 (the run has 40)");
        // the chunk size is the run's: resuming with another one continues the run's
        assertThat(run(LeeRuns.smallSetup(40, 1, 8), dir, true).result().setup().chunkSize()).isEqualTo(5);
    }

    @Test
    void aNewRunDoesNotWriteIntoAnEarlierOne() {
        Path dir = tmp.resolve("run");
        run(SETUP, dir, false);
        assertThatThrownBy(() -> run(SETUP, dir, false)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("add --resume");
    }

    @Test
    void resumingNothingSaysSo() {
        assertThatThrownBy(() -> run(SETUP, tmp.resolve("none"), true)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("holds no look-elsewhere run");
    }

    @Test
    void aDamagedChunkIsNamed() throws IOException {
        Path dir = tmp.resolve("run");
        run(SETUP, dir, false);
        Path chunk = chunkFiles(dir).get(2);
        Files.writeString(chunk, "{\"format\": \"darkflav-lee-chunk/1\", \"chunk\": ");
        assertThatThrownBy(() -> run(SETUP, dir, true)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining(chunk.getFileName().toString()).hasMessageContaining("remove it");
    }

    @Test
    void chunksReadBackEqualWhatWasWritten() {
        Path dir = tmp.resolve("run");
        LeeRun r = run(SETUP, dir, false);
        assertThat(LeeCheckpoint.read(dir).chunks().stream().flatMap(c -> c.toys().stream()).toList())
                .isEqualTo(r.result().toys());
    }

    private static List<Path> chunkFiles(Path dir) throws IOException {
        try (var s = Files.list(dir.resolve(LeeCheckpoint.CHUNK_DIR))) {
            return s.filter(p -> p.getFileName().toString().startsWith("chunk-")).sorted().toList();
        }
    }
}
