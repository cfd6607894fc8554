package org.darkflav.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StagedOutputDirectoryTest {

    private static final String OWNER = "darkflav reproduce";

    @TempDir Path tmp;

    /** One run writing {@code files} (relative path to content) into {@code out} and committing. */
    private static void run(Path out, Map<String, String> files) {
        try (StagedOutputDirectory stage = StagedOutputDirectory.open(out, OWNER)) {
            files.forEach((f, text) -> AtomicFiles.writeString(stage.staging().resolve(f), text));
            stage.commit("report.md");
        }
    }

    @Test
    void aFreshRunLeavesItsFilesAManifestAndNothingElse() throws Exception {
        Path out = tmp.resolve("out");
        run(out, Map.of("report.md", "r", "tables/a.csv", "a"));
        assertThat(Files.readString(out.resolve("report.md"))).isEqualTo("r");
        assertThat(Files.readString(out.resolve("tables/a.csv"))).isEqualTo("a");
        assertThat(Fs.names(out)).containsExactly(".darkflav-manifest", ".darkflav.lock", "report.md", "tables");
        assertThat(StagedOutputDirectory.isComplete(out)).isTrue();
        assertThat(Files.readString(out.resolve(".darkflav-manifest")))
                .contains("owner darkflav reproduce\nstate complete\ndir tables\nfile report.md\nfile tables/a.csv\n");
    }

    @Test
    void aRerunWithOtherOptionsRemovesWhatItsOwnEarlierRunLeftButNothingOfTheUsers() throws Exception {
        Path out = tmp.resolve("out");
        run(out, Map.of("report.md", "1", "figures/m2.png", "old", "figures/m3.png", "old", "tables/a.csv", "a"));
        Files.writeString(out.resolve("figures/my-notes.txt"), "mine");
        Files.writeString(out.resolve("notes.txt"), "mine");
        run(out, Map.of("report.md", "2", "tables/b.csv", "b"));
        assertThat(Files.readString(out.resolve("report.md"))).isEqualTo("2");
        assertThat(out.resolve("figures/m2.png")).doesNotExist();
        assertThat(out.resolve("tables/a.csv")).doesNotExist();
        assertThat(out.resolve("figures/my-notes.txt")).hasContent("mine"); // so figures/ stays
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(out.resolve("tables/b.csv")).hasContent("b");
        assertThat(StagedOutputDirectory.isComplete(out)).isTrue();
    }

    @Test
    void foldersItCreatedAreRemovedWhenEmptied() throws Exception {
        Path out = tmp.resolve("out");
        run(out, Map.of("report.md", "1", "deep/er/x.csv", "x"));
        run(out, Map.of("report.md", "2"));
        assertThat(out.resolve("deep")).doesNotExist();
    }

    @Test
    void anAbortedRunLeavesTheEarlierOutputAsItWas() throws Exception {
        Path out = tmp.resolve("out");
        run(out, Map.of("report.md", "1", "a.csv", "a"));
        String manifest = Files.readString(out.resolve(".darkflav-manifest"));
        try (StagedOutputDirectory stage = StagedOutputDirectory.open(out, OWNER)) {
            AtomicFiles.writeString(stage.staging().resolve("report.md"), "half");
            // the computation fails here: no commit
        }
        assertThat(out.resolve("report.md")).hasContent("1");
        assertThat(out.resolve(".darkflav-manifest")).hasContent(manifest);
        assertThat(Fs.names(out)).containsExactly(".darkflav-manifest", ".darkflav.lock", "a.csv", "report.md");
    }

    @Test
    void aSecondConcurrentRunIsRefused() {
        Path out = tmp.resolve("out");
        try (StagedOutputDirectory first = StagedOutputDirectory.open(out, OWNER)) {
            assertThatThrownBy(() -> StagedOutputDirectory.open(out, OWNER))
                    .isInstanceOf(OutputException.class)
                    .hasMessage("another darkflav run is writing into " + out + " (it holds " + out.resolve(".darkflav.lock")
                            + "); wait for it to finish or choose another folder");
        }
        StagedOutputDirectory.open(out, OWNER).close(); // released
    }

    @Test
    void aFolderWithSomeoneElsesFilesIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("photos"));
        Files.writeString(out.resolve("holiday.jpg"), "x");
        assertThatThrownBy(() -> StagedOutputDirectory.open(out, OWNER))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("refusing to write into " + out + ": it is not empty")
                .hasMessageContaining("holiday.jpg");
        assertThat(Fs.names(out)).containsExactly("holiday.jpg");
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> StagedOutputDirectory.open(file, OWNER)).hasMessageContaining("not a folder");
        run(tmp.resolve("c"), Map.of("report.md", "c"));
        assertThatThrownBy(() -> StagedOutputDirectory.open(tmp.resolve("c"), "darkflav couplings-fit"))
                .hasMessageContaining("it holds the output of 'darkflav reproduce'");
    }

    @Test
    void anOlderOutputWithoutManifestIsAdoptedOnlyIfRecognised() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("summary.json"), "{\"generator\": \"darkflav reproduce\"}");
        Files.writeString(out.resolve("old-figure.png"), "x");
        try (StagedOutputDirectory stage = StagedOutputDirectory.open(out, OWNER,
                d -> Files.exists(d.resolve("summary.json")))) {
            AtomicFiles.writeString(stage.staging().resolve("summary.json"), "new");
            stage.commit();
        }
        assertThat(out.resolve("summary.json")).hasContent("new");
        assertThat(out.resolve("old-figure.png")).exists(); // not listed anywhere: never removed
    }

    @Test
    void aFileOfTheUsersInTheWayStopsTheCommitWithNothingChanged() throws Exception {
        Path out = tmp.resolve("out");
        run(out, Map.of("report.md", "1"));
        Files.writeString(out.resolve("extra.csv"), "mine");
        try (StagedOutputDirectory stage = StagedOutputDirectory.open(out, OWNER)) {
            AtomicFiles.writeString(stage.staging().resolve("report.md"), "2");
            AtomicFiles.writeString(stage.staging().resolve("extra.csv"), "ours");
            assertThatThrownBy(() -> stage.commit("report.md"))
                    .isInstanceOf(OutputException.class)
                    .hasMessageContaining(out.resolve("extra.csv") + " is a regular file that darkflav did not write");
        }
        assertThat(out.resolve("extra.csv")).hasContent("mine");
        assertThat(out.resolve("report.md")).hasContent("1");
        assertThat(StagedOutputDirectory.isComplete(out)).isTrue();
    }

    @Test
    void aRunKilledDuringItsCommitDoesNotLookCompleteAndARerunRepairsIt() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        // what a kill between two renames leaves: the manifest says "writing", the report was removed,
        // a new table is in, an old one still there, a staging folder and a temporary file remain
        Files.writeString(out.resolve(".darkflav-manifest"), "owner " + OWNER + "\nstate writing\n"
                + "file report.md\nfile new.csv\nfile old.csv\n");
        Files.writeString(out.resolve("new.csv"), "new");
        Files.writeString(out.resolve("old.csv"), "old");
        Files.createDirectories(out.resolve(".darkflav-staging-123/tables"));
        Files.writeString(out.resolve(".darkflav-staging-123/tables/x.csv"), "x");
        Files.writeString(out.resolve(".summary.json.77777777777777.tmp"), "half");
        assertThat(StagedOutputDirectory.isComplete(out)).isFalse();
        run(out, Map.of("report.md", "r", "new.csv", "new2"));
        assertThat(Fs.names(out)).containsExactly(".darkflav-manifest", ".darkflav.lock", "new.csv", "report.md");
        assertThat(StagedOutputDirectory.isComplete(out)).isTrue();
    }

    @Test
    void aManifestCannotMakeItDeleteOutsideTheFolder() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep");
        Files.writeString(out.resolve(".darkflav-manifest"), "owner " + OWNER + "\nstate complete\nfile ../victim.txt\n");
        assertThatThrownBy(() -> StagedOutputDirectory.open(out, OWNER)).hasMessageContaining("not a path inside its folder");
        assertThat(victim).hasContent("keep");
    }

    @Test
    void aLinkInTheStagingFolderIsNotMovedIn() throws Exception {
        Path out = tmp.resolve("out");
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere"), "x");
        try (StagedOutputDirectory stage = StagedOutputDirectory.open(out, OWNER)) {
            Files.createSymbolicLink(stage.staging().resolve("link"), elsewhere);
            assertThatThrownBy(stage::commit).hasMessageContaining("link is a symbolic link");
        }
        assertThat(elsewhere).hasContent("x");
    }

    @ParameterizedTest(name = "forcibly: {0}")
    @ValueSource(booleans = {false, true})
    void aKilledRunLeavesTheEarlierOutputAndARerunWorks(boolean forcibly) throws Exception {
        Path out = tmp.resolve("out");
        run(out, Map.of("report.md", "complete", "a.csv", "a"));
        Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                StagingChild.class.getName(), out.toString()).redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            assertThat(lines.readLine()).isEqualTo("ready");
            if (forcibly) {
                child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            } else {
                child.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook removes the staging folder
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(out.resolve("report.md")).hasContent("complete");
        assertThat(StagedOutputDirectory.isComplete(out)).isTrue();
        try (var s = Files.list(out)) {
            long staging = s.filter(p -> p.getFileName().toString().startsWith(".darkflav-staging-")).count();
            assertThat(staging).isEqualTo(forcibly ? 1 : 0);
        }
        run(out, Map.of("report.md", "rerun"));
        assertThat(Fs.names(out)).containsExactly(".darkflav-manifest", ".darkflav.lock", "report.md");
        assertThat(out.resolve("report.md")).hasContent("rerun");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void anUnwritableFolderIsRefusedAtOpenBeforeAnyComputation() throws Exception {
        assumeFalse(Fs.isRoot(), "root may write anywhere");
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> StagedOutputDirectory.open(ro, OWNER))
                    .hasMessage("cannot write into " + ro + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
