package org.darkflav.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The operating system's reason for a failed file operation, in a few words ("permission denied",
 * "read-only file system", "not a directory", "no space left on device"), without the file name:
 * Java puts the temporary file's name into its messages, and users must see their own path.
 */
final class OsReason {

    private OsReason() {}

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return withReason(e, "permission denied");
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file with that name already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lower(f.getReason());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : lower(m);
    }

    /** AccessDeniedException often carries no reason; when it does ("Read-only file system") it is the better one. */
    private static String withReason(IOException e, String fallback) {
        String r = ((FileSystemException) e).getReason();
        return r == null || r.isBlank() ? fallback : lower(r);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
