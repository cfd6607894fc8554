package org.darkflav.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.darkflav.cli.hardening.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.darkflav.cli.CliRun;
import org.darkflav.io.StagedOutputDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never destroy anything: each case of the hardening review through the command line, in a test folder only. */
class OutputSafetyCliTest {

    @TempDir Path dir;
    private Path ws;
    private String original;

    @BeforeEach
    void workspace() throws Exception {
        ws = Fixtures.copy(Fixtures.NORMSYS, dir);
        original = Files.readString(ws);
    }

    @Test
    void fitRefusesToWriteOntoItsInputByNameLinkOrHardLink() throws Exception {
        assertRefused(CliRun.of("fit", ws.toString(), "--output", ws.toString()),
                "refusing to write " + ws, "also an input file");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), ws);
        assertRefused(CliRun.of("fit", ws.toString(), "-o", link.toString()), "also an input file");
        Path hard = Files.createLink(dir.resolve("hard.json"), ws);
        assertRefused(CliRun.of("fit", ws.toString(), "-o", hard.toString()), "also an input file");
        Path patch = Fixtures.write(dir.resolve("patch.json"), "[]");
        assertRefused(CliRun.of("fit", ws.toString(), "-p", patch.toString(), "-o", patch.toString()), "also an input");
        assertThat(ws).hasContent(original);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aFolderAnEmptyNameAndAPathThroughAFileAreRefusedWithTheUsersPath() throws Exception {
        assertRefused(CliRun.of("fit", ws.toString(), "--output", dir.toString()), "it is a directory");
        assertRefused(CliRun.of("fit", ws.toString(), "--output", ""), "the output file name is empty");
        Path through = ws.resolve("out.json");
        CliRun r = CliRun.of("fit", ws.toString(), "--output", through.toString());
        assertRefused(r, "cannot write " + through, "not a directory");
        assertThat(r.err()).doesNotContain(".tmp");
        assertThat(ws).hasContent(original);
    }

    @Test
    void aDeviceNodeIsNeverReplaced() throws Exception {
        Path device = dir.resolve("full");
        assumeTrue(Fixtures.run("mknod", device.toString(), "c", "1", "7"), "mknod needs root");
        assertRefused(CliRun.of("fit", ws.toString(), "--output", device.toString()), "it is a character device");
        assertRefused(CliRun.of("prune", ws.toString(), "--channel", "x", "-o", device.toString()));
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isDirectory(device)).isFalse();
        assertThat((Integer) Files.getAttribute(device, "unix:mode") & 0170000).isEqualTo(0020000);
    }

    @Test
    void aNamedPipeIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(Fixtures.run("mkfifo", fifo.toString()), "mkfifo not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun r = CliRun.of("fit", ws.toString(), "--output", fifo.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(reader.get(20, TimeUnit.SECONDS)).contains("\"twice_nll\"");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aLinkToARegularFileIsWrittenThroughAndStaysALink() throws Exception {
        Path target = Fixtures.write(dir.resolve("results/fit.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), target);
        CliRun r = CliRun.of("fit", ws.toString(), "--output", link.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("\"twice_nll\"");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
        assertRefused(CliRun.of("fit", ws.toString(), "--output", dangling.toString()), "does not exist");
        assertThat(dir.resolve("nowhere.json")).doesNotExist();
    }

    @Test
    void dashIsStandardOutput() {
        CliRun r = CliRun.of("fit", ws.toString(), "--output", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"twice_nll\"");
    }

    @Test
    void staleTemporariesOfAKilledRunAreRemovedAndNoneAreLeft() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Path stale = Fixtures.write(dir.resolve(".fit.json." + done.pid() + ".12345678901234567890.tmp"), "half");
        Path mine = Fixtures.write(dir.resolve(".fit.json.backup.tmp"), "mine");
        CliRun r = CliRun.of("fit", ws.toString(), "--output", dir.resolve("fit.json").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(mine).exists();
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.matches(".*\\.\\d{10,}\\.tmp"));
        }
    }

    @Test
    void anUnwritableFolderSaysPermissionDeniedAndTheUsersPathBeforeFitting() throws Exception {
        assumeFalse(Fixtures.isRoot(), "root may write anywhere");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path out = ro.resolve("fit.json");
            assertRefused(CliRun.of("fit", ws.toString(), "--output", out.toString()), "cannot write " + out,
                    "permission denied");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void workspaceCommandsWriteOntoAnInputOnlyWithForce() throws Exception {
        assertRefused(CliRun.of("sort", ws.toString(), "-o", ws.toString()), "also an input file", "--force");
        assertThat(ws).hasContent(original);
        assertThat(CliRun.of("sort", ws.toString(), "-o", ws.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void anOutputFolderInUseOrOfSomeoneElseIsRefusedBeforeComputing() throws Exception {
        Path photos = Files.createDirectory(dir.resolve("photos"));
        Fixtures.write(photos.resolve("holiday.jpg"), "x");
        assertRefused(CliRun.of("couplings-fit", "--out", photos.toString()), "is not empty", "holiday.jpg");
        Path busy = dir.resolve("busy");
        try (StagedOutputDirectory other = StagedOutputDirectory.open(busy, "darkflav couplings-fit")) {
            assertRefused(CliRun.of("couplings-fit", "--out", busy.toString()), "another darkflav run is writing into");
        }
        assertThat(photos.resolve("holiday.jpg")).hasContent("x");
    }
}
