package org.darkflav.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class OsReasonTest {

    @Test
    void shortReasonsWithoutTheTemporaryFileName() {
        assertThat(OsReason.of(new AccessDeniedException("/x/.out.1.2.tmp"))).isEqualTo("permission denied");
        assertThat(OsReason.of(new AccessDeniedException("/x/.out.1.2.tmp", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(OsReason.of(new NoSuchFileException("/x/.out.1.2.tmp"))).isEqualTo("no such file or directory");
        assertThat(OsReason.of(new FileSystemException("/x/.out.1.2.tmp", null, "No space left on device")))
                .isEqualTo("no space left on device");
    }
}
