package org.darkflav.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir Path dir;

    @Test
    void replacesARegularFileAtomicallyAndLeavesNoTemporaries() throws Exception {
        Path out = dir.resolve("sub/fit.json");
        OutputGuard.none().writeString(out, "one");
        OutputGuard.none().writeString(out, "two");
        assertThat(Files.readString(out)).isEqualTo("two");
        assertThat(Fs.names(out.getParent())).containsExactly("fit.json");
    }

    @Test
    void refusesToWriteOntoAnInputByPathLinkOrHardLink() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), ws.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.json"), ws);
        OutputGuard guard = OutputGuard.builder().input(ws).inputOverwriteHint("or add --force to overwrite it").build();
        for (Path out : new Path[] {ws, dir.resolve("./sub/../ws.json"), link, hard}) {
            assertThatThrownBy(() -> guard.writeString(out, "result"))
                    .isInstanceOf(OutputException.class)
                    .hasMessageContaining("refusing to write " + out)
                    .hasMessageContaining("input")
                    .hasMessageEndingWith("or add --force to overwrite it");
            assertThatThrownBy(() -> guard.check(out)).isInstanceOf(OutputException.class);
        }
        assertThat(Files.readString(ws)).isEqualTo("{}");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void overwritesAnInputOnlyWhenAllowed() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), "{}");
        OutputGuard.builder().input(ws).allowInputOverwrite(true).build().writeString(ws, "new");
        assertThat(Files.readString(ws)).isEqualTo("new");
    }

    @Test
    void writesThroughALinkToARegularFileAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        OutputGuard.none().writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void refusesADanglingLinkAndALinkToAFolder() throws Exception {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("missing.json"));
        assertThatThrownBy(() -> OutputGuard.none().writeString(dangling, "x"))
                .hasMessageContaining("refusing to write " + dangling).hasMessageContaining("does not exist");
        assertThat(Files.exists(dir.resolve("missing.json"))).isFalse();
        Path toFolder = Files.createSymbolicLink(dir.resolve("folder.json"), Files.createDirectory(dir.resolve("d")));
        assertThatThrownBy(() -> OutputGuard.none().writeString(toFolder, "x")).hasMessageContaining("directory");
        assertThat(Files.isSymbolicLink(toFolder)).isTrue();
    }

    @Test
    void refusesAFolderAndAnEmptyName() {
        assertThatThrownBy(() -> OutputGuard.none().writeString(dir, "x"))
                .isInstanceOf(OutputException.class).hasMessageContaining(dir + ": it is a directory");
        OutputGuard cli = OutputGuard.builder().standardStreams(new StringWriter(), new StringWriter()).build();
        assertThatThrownBy(() -> cli.writeString(Path.of(""), "x"))
                .hasMessage("the output file name is empty; give a file name, or '-' for standard output");
    }

    @Test
    void standardStreamsByDashAndByDescriptorName() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OutputGuard guard = OutputGuard.builder().standardStreams(out, err).build();
        // the names are routed by name alone to the injected writers; checked first (resolving writes
        // nothing), so that a broken routing fails here and nothing ever reaches the real /dev
        TargetResolver names = new TargetResolver(true);
        assertThat(names.resolve(Path.of("/dev/stdout")).kind()).isEqualTo(OutputTarget.Kind.STANDARD_OUTPUT);
        assertThat(names.resolve(Path.of("/dev/fd/1")).kind()).isEqualTo(OutputTarget.Kind.STANDARD_OUTPUT);
        assertThat(names.resolve(Path.of("/dev/stderr")).kind()).isEqualTo(OutputTarget.Kind.STANDARD_ERROR);
        guard.writeString(Path.of("-"), "a");
        guard.writeString(Path.of("/dev/stdout"), "b");
        guard.writeString(Path.of("/dev/fd/1"), "c");
        guard.writeString(Path.of("/dev/stderr"), "d");
        assertThat(out.toString()).isEqualTo("abc");
        assertThat(err.toString()).isEqualTo("d");
        assertThat(guard.isStandardOutput(Path.of("-"))).isTrue();
    }

    @Test
    void writesThroughANamedPipeInsteadOfReplacingIt() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(Fs.mkfifo(fifo), "mkfifo not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        OutputGuard.none().writeString(fifo, "through the pipe");
        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(FileKind.of(fifo)).isEqualTo(FileKind.FIFO);
    }

    @Test
    void neverReplacesADeviceNode() throws Exception {
        Path device = dir.resolve("device");
        assumeTrue(Fs.mknodNull(device), "mknod needs root");
        assertThatThrownBy(() -> OutputGuard.none().writeString(device, "x"))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("refusing to write " + device + ": it is a character device");
        assertThat(FileKind.of(device)).isEqualTo(FileKind.CHARACTER_DEVICE);
        // through a link too
        Path link = Files.createSymbolicLink(dir.resolve("link"), device);
        assertThatThrownBy(() -> OutputGuard.none().writeString(link, "x")).hasMessageContaining("character device");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void errorsNameTheUsersPathAndTheSystemsReason() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path out = file.resolve("fit.json");
        assertThatThrownBy(() -> OutputGuard.none().writeString(out, "x"))
                .isInstanceOf(OutputException.class)
                .hasMessageStartingWith("cannot write " + out + ": ")
                .hasMessageContaining("not a directory")
                .hasMessageNotContaining(".tmp");
    }

    @Test
    void permissionDeniedIsSaidBeforeComputing() throws Exception {
        assumeFalse(Fs.isRoot(), "root may write anywhere");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path out = ro.resolve("fit.json");
            assertThatThrownBy(() -> OutputGuard.none().check(out)).hasMessageContaining("permission denied")
                    .hasMessageContaining(out.toString());
            assertThatThrownBy(() -> OutputGuard.none().writeString(out, "x")).hasMessageContaining("permission denied")
                    .hasMessageNotContaining(".tmp");
            assertThat(Fs.names(ro)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void removesStaleTemporariesOfOursAndNothingElse() throws Exception {
        long dead = deadPid();
        Path ours = Files.writeString(dir.resolve(".fit.json." + dead + ".12345678901234567890.tmp"), "stale");
        Path legacy = Files.writeString(dir.resolve(".fit.json.4444444444444.tmp"), "stale");
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path live = Files.writeString(dir.resolve(".fit.json." + alive + ".12345678901234567890.tmp"), "live");
        Path user = Files.writeString(dir.resolve(".fit.json.2.tmp"), "mine");
        Path other = Files.writeString(dir.resolve(".notes.json." + dead + ".12345678901234567890.tmp"), "other");
        OutputGuard.none().writeString(dir.resolve("fit.json"), "{}");
        assertThat(ours).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(live).exists();
        assertThat(user).exists();
        assertThat(other).exists(); // another output's: cleaned when that output is written
    }

    @Test
    void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws Exception {
        Path out = dir.resolve("report.md");
        AtomicFiles.writeString(out, "hello");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(out, "again");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-rw----");
        assertThat(Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    /** The id of a process that has ended (ids are reused only after many processes). */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
