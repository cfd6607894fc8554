package org.darkflav.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces one regular file (or creates it) so that readers see the old or the new content, never a
 * part: a temporary file next to it (owner-only while written), its data forced to disk, then an
 * atomic rename over the target and a sync of the folder. The temporary file is removed on every
 * failure, and by a shutdown hook if the JVM stops during the write.
 */
final class AtomicWrite {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicWrite() {}

    /**
     * @param target the real path of the file (no symbolic links), absent or a regular file
     * @param shown the path as the user gave it, for messages
     */
    static void replace(Path target, String shown, byte[] content) {
        Path dir = target.getParent();
        createDirectories(dir, shown);
        String name = target.getFileName().toString();
        StaleTemporaries.clean(dir, name);
        Path tmp = dir.resolve(StaleTemporaries.newName(name));
        InFlight.add(tmp);
        try {
            writeForced(tmp, content);
            permissions(tmp, target);
            requireReplaceable(target, shown);
            move(tmp, target);
            Trees.syncDirectory(dir);
        } catch (IOException e) {
            throw new OutputException("cannot write " + shown + ": " + OsReason.of(e) + hint(e, dir), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // left for the next run (StaleTemporaries)
            }
            InFlight.remove(tmp);
        }
    }

    static void createDirectories(Path dir, String shown) {
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // JDK 17 reports a file in the way as NotDirectoryException, later JDKs as FileAlreadyExistsException
            throw new OutputException("cannot write " + shown + ": cannot create its folder " + dir + ": "
                    + e.getFile() + " is a file, not a directory", e);
        } catch (IOException e) {
            throw new OutputException("cannot write " + shown + ": cannot create its folder " + dir + ": "
                    + OsReason.of(e), e);
        }
    }

    private static void writeForced(Path tmp, byte[] content) throws IOException {
        FileAttribute<?>[] ownerOnly = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                ownerOnly)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
    }

    /**
     * Outputs get the permissions of the file they replace, or rw-r--r-- (reports and plots are meant
     * to be read by others).
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> p = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, p);
    }

    /** The target was checked when the output was resolved; a link, folder or device put there since is not replaced. */
    private static void requireReplaceable(Path target, String shown) throws IOException {
        FileKind kind = FileKind.of(target);
        if (kind != FileKind.ABSENT && kind != FileKind.REGULAR) {
            throw new OutputException("cannot write " + shown + ": it became " + kind.description()
                    + " while darkflav was working; nothing was replaced");
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String hint(IOException e, Path dir) {
        String reason = OsReason.of(e);
        if (reason.startsWith("permission denied")) {
            return " (darkflav writes a temporary file in " + dir + " and renames it: the folder must be writable)";
        }
        return "";
    }
}
