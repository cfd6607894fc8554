package org.darkflav.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held through {@value #FILE_NAME} in it with the operating
 * system's file locking: released when the run ends, even by a crash, so a lock is never stale. The
 * (empty) lock file stays; removing it would let two runs lock two different files.
 */
final class DirectoryLock implements AutoCloseable {

    static final String FILE_NAME = ".darkflav.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code dir}; the folder exists. Throws if another run holds the lock. */
    static DirectoryLock acquire(Path dir, String shown) {
        FileChannel ch;
        try {
            ch = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputException("cannot write into " + shown + ": " + OsReason.of(e), e);
        }
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        } catch (IOException e) {
            close(ch);
            throw new OutputException("cannot lock " + shown + ": " + OsReason.of(e), e);
        }
        if (l == null) {
            close(ch);
            throw new OutputException("another darkflav run is writing into " + shown + " (it holds "
                    + Path.of(shown).resolve(FILE_NAME) + "); wait for it to finish or choose another folder");
        }
        return new DirectoryLock(ch, l);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        close(channel);
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
