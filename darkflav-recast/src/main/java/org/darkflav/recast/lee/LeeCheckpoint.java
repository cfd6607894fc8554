package org.darkflav.recast.lee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.darkflav.io.AtomicFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A study's checkpoint directory: {@value #RUN_FILE} (the setup and the observed scan) and one file per
 * finished chunk under {@value #CHUNK_DIR}/, each written atomically (temp file, then rename), so that a
 * run killed at any moment leaves only whole files and a resumed run redoes no finished chunk and loses
 * none. The final outputs go next to them.
 */
public final class LeeCheckpoint {

    /** The setup and observed scan. */
    public static final String RUN_FILE = "lee-run.json";
    /** The folder of finished chunks. */
    public static final String CHUNK_DIR = "chunks";
    /** The final result (the command's JSON). */
    public static final String RESULT_FILE = "lee.json";
    /** The distribution of the toys' largest local Z. */
    public static final String DISTRIBUTION_FILE = "max_z_distribution.csv";

    private final Path dir;
    private final LeeSetup setup;

    private LeeCheckpoint(Path dir, LeeSetup setup) {
        this.dir = dir;
        this.setup = setup;
    }

    /**
     * A new checkpoint in {@code dir}, which must not exist yet or be empty.
     *
     * @throws CheckpointException if {@code dir} holds anything, or is not a directory
     */
    public static LeeCheckpoint create(Path dir, LeeSetup setup, ToyScan observed) {
        requireDirectoryOrAbsent(dir);
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new CheckpointException(dir + " is not empty" + (Files.exists(dir.resolve(RUN_FILE))
                    ? ": it holds a look-elsewhere run; add --resume to continue it, or choose another --out"
                    : "; choose a new or empty directory for --out"));
        }
        AtomicFiles.writeString(dir.resolve(RUN_FILE), LeeCheckpointJson.run(setup, observed));
        return new LeeCheckpoint(dir, setup);
    }

    /**
     * The checkpoint in {@code dir} of a run with this very setup and observed scan, to be continued with
     * the run's own chunk size ({@link #setup()}).
     *
     * @throws CheckpointException if there is none, or it is of another study (naming the differences)
     */
    public static LeeCheckpoint resume(Path dir, LeeSetup asked, ToyScan observed) {
        Stored stored = read(dir);
        LeeSetup setup = stored.setup();
        List<String> differences = setup.differences(asked);
        if (!differences.isEmpty()) {
            throw new CheckpointException(dir + " holds a run with another configuration: "
                    + String.join("; ", differences) + ". Resume with the run's own options, or start a new run in "
                    + "another directory");
        }
        double[] was = stored.observed().q0();
        double[] now = observed.q0();
        for (int i = 0; i < now.length; i++) {
            if (!(Math.abs(was[i] - now[i]) <= 1e-6 * Math.max(1, Math.abs(was[i])))) {
                throw new CheckpointException(dir + ": the observed q0 at " + setup.masses()[i] + " GeV is now " + now[i]
                        + " but was " + was[i] + " when the run started, so darkflav or its data changed; the finished"
                        + " toys cannot be mixed with new ones. Start a new run in another directory");
            }
        }
        return new LeeCheckpoint(dir, setup);
    }

    /** The setup and observed scan stored in {@code dir}, and its finished chunks. */
    public static Stored read(Path dir) {
        Path run = dir.resolve(RUN_FILE);
        if (!Files.isRegularFile(run)) {
            throw new CheckpointException(dir + " holds no look-elsewhere run (no " + RUN_FILE
                    + "); give the --out directory of an earlier run");
        }
        JsonNode node = parse(run);
        LeeSetup setup = LeeCheckpointJson.setup(node, run);
        ToyScan observed = LeeCheckpointJson.observed(node, setup, run);
        return new Stored(setup, observed, new LeeCheckpoint(dir, setup).finished());
    }

    /** What a checkpoint directory holds. */
    public record Stored(LeeSetup setup, ToyScan observed, List<LeeChunk> chunks) {
        public Stored {
            chunks = List.copyOf(chunks);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The setup of the run, with its chunk size. */
    public LeeSetup setup() {
        return setup;
    }

    /** The chunks finished so far, in chunk order. */
    public List<LeeChunk> finished() {
        Path chunks = dir.resolve(CHUNK_DIR);
        if (!Files.isDirectory(chunks)) {
            return List.of();
        }
        List<LeeChunk> out = new ArrayList<>();
        for (int c = 0; c < setup.chunks(); c++) {
            Path f = chunkFile(c);
            if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                out.add(LeeCheckpointJson.chunk(parse(f), setup, c, f));
            }
        }
        return out;
    }

    /** Saves a finished chunk (atomically). */
    public void save(LeeChunk chunk) {
        AtomicFiles.writeString(chunkFile(chunk.chunk()), LeeCheckpointJson.chunk(chunk, setup));
    }

    /** Writes a final output file next to the checkpoint (atomically). */
    public void writeOutput(String name, String content) {
        AtomicFiles.writeString(dir.resolve(name), content);
    }

    private Path chunkFile(int chunk) {
        return dir.resolve(CHUNK_DIR).resolve(String.format(java.util.Locale.ROOT, "chunk-%06d.json", chunk));
    }

    private static JsonNode parse(Path f) {
        try {
            return LeeCheckpointJson.MAPPER.readTree(Files.readString(f));
        } catch (JacksonException e) {
            throw new CheckpointException(f + " is not valid JSON (" + e.getOriginalMessage()
                    + "); darkflav writes these files whole, so it was changed by something else: remove it to redo "
                    + "its toys", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static void requireDirectoryOrAbsent(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CheckpointException(dir + " exists and is not a directory; --out needs a directory");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
