package org.darkflav.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writesReadableFilesWithoutLeavingTemporaries(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/report.md");
        AtomicFiles.writeString(out, "hello");
        assertThat(Files.readString(out)).isEqualTo("hello");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(out, "again");
        assertThat(Files.readString(out)).isEqualTo("again");
        // replacing a file keeps its permissions
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-rw----");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }
}
