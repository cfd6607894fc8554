package org.darkflav.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An output folder of many files, written so that it never looks complete unless it is, and so that
 * nothing in it that darkflav did not write is ever replaced or removed:
 *
 * <ol>
 *   <li>{@link #open} (before computing): creates the folder, locks it against a second run, proves it
 *       is writable by creating a staging folder inside it, removes what a killed run left (staging
 *       folders, temporary files), and refuses a folder that holds files of someone else.
 *   <li>The caller writes every file under {@link #staging()} (with {@link AtomicFiles} or anything).
 *   <li>{@link #commit}: moves the files into the folder (renames, each atomic), removes the files an
 *       earlier run wrote that this one did not (e.g. figures of other options), then writes the
 *       manifest with {@code state complete} last. The manifest lists every file darkflav wrote; only
 *       those are ever replaced or removed later.
 *   <li>{@link #close}: without a commit the staging folder is removed and the folder is as before.
 * </ol>
 *
 * An interruption before the commit leaves the earlier output untouched; during the commit, the
 * manifest says {@code state writing} and the files named "last" (e.g. the report) are absent, so the
 * folder does not look complete; either way a rerun into it works.
 *
 * {@snippet :
 * try (StagedOutputDirectory out = StagedOutputDirectory.open(Path.of("darkflav-output"), "darkflav reproduce")) {
 *     // ... compute ...
 *     AtomicFiles.writeString(out.staging().resolve("tables/scan.csv"), csv);
 *     AtomicFiles.writeString(out.staging().resolve("summary.json"), json);
 *     out.commit("summary.json");     // summary.json is moved in after everything else
 * }
 * }
 */
public final class StagedOutputDirectory implements AutoCloseable {

    static final String STAGING_PREFIX = ".darkflav-staging-";

    private final Path dir;
    private final String shown;
    private final String owner;
    private final DirectoryLock lock;
    private final Manifest previous;
    private final boolean adopted;
    private final Path staging;
    private boolean committed;
    private boolean closed;

    private StagedOutputDirectory(Path dir, String shown, String owner, DirectoryLock lock, Manifest previous,
            boolean adopted, Path staging) {
        this.dir = dir;
        this.shown = shown;
        this.owner = owner;
        this.lock = lock;
        this.previous = previous;
        this.adopted = adopted;
        this.staging = staging;
    }

    /** Opens {@code dir} for the output of {@code owner} (e.g. "darkflav reproduce"); see the class comment. */
    public static StagedOutputDirectory open(Path dir, String owner) {
        return open(dir, owner, d -> false);
    }

    /**
     * As {@link #open(Path, String)}, also accepting a non-empty folder without a manifest when
     * {@code earlierOutput} recognises it as an output of an older darkflav: files written again are
     * then replaced, nothing else is removed.
     */
    public static StagedOutputDirectory open(Path dir, String owner, Predicate<Path> earlierOutput) {
        String shown = dir.toString();
        requireNotForeign(dir, shown, owner, earlierOutput); // early, so that a refused folder gets no lock file
        Path real = createFolder(dir, shown);
        DirectoryLock lock = DirectoryLock.acquire(real, shown);
        try {
            removeLeftovers(real);
            Manifest previous = Manifest.read(real);
            boolean adopted = ownership(real, shown, owner, previous, earlierOutput);
            Path staging = Files.createTempDirectory(real, STAGING_PREFIX);
            InFlight.add(staging);
            return new StagedOutputDirectory(real, shown, owner, lock, previous, adopted, staging);
        } catch (IOException e) {
            lock.close();
            throw new OutputException("cannot write into " + shown + ": " + OsReason.of(e), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Throws unless {@code dir} is absent, empty, an earlier output of {@code owner}, or adoptable. */
    private static void requireNotForeign(Path dir, String shown, String owner, Predicate<Path> earlierOutput) {
        try {
            if (Files.isDirectory(dir)) {
                ownership(dir, shown, owner, Manifest.read(dir), earlierOutput);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write into " + shown + ": " + OsReason.of(e), e);
        }
    }

    /** Whether the folder's files are ours without a manifest (an adopted older output); throws if not ours at all. */
    private static boolean ownership(Path dir, String shown, String owner, Manifest previous,
            Predicate<Path> earlierOutput) throws IOException {
        if (previous != null) {
            if (!previous.owner().equals(owner)) {
                throw new OutputException("refusing to write into " + shown + ": it holds the output of '"
                        + previous.owner() + "', not of '" + owner + "'; choose another folder");
            }
            return false;
        }
        List<String> foreign = foreignEntries(dir);
        if (foreign.isEmpty()) {
            return false;
        }
        if (!earlierOutput.test(dir)) {
            throw new OutputException("refusing to write into " + shown + ": it is not empty and holds no earlier"
                    + " output of '" + owner + "' (e.g. " + foreign.get(0) + "); choose a new or empty folder so"
                    + " that no file of yours is overwritten");
        }
        return true;
    }

    /** The folder to write every output file into, with the final layout. */
    public Path staging() {
        requireOpen();
        return staging;
    }

    /** True if {@code dir} holds a complete output (its manifest was written last by a commit). */
    public static boolean isComplete(Path dir) {
        try {
            Manifest m = Manifest.read(dir);
            return m != null && m.complete();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Moves the staged files into the folder; {@code last} (relative paths such as "report.md") are
     * removed first and moved in after all others, so that a folder with them is a finished one.
     */
    public void commit(String... last) {
        requireOpen();
        try {
            List<String> produced = Trees.regularFiles(staging);
            SortedSet<String> oldFiles = previous == null ? new TreeSet<>() : previous.files();
            requireNoConflicts(produced, oldFiles);
            SortedSet<String> needed = parents(produced);
            SortedSet<String> owned = Manifest.union(previous == null ? Set.of() : previous.directories(),
                    needed.stream().filter(d -> !Files.isDirectory(dir.resolve(d), LinkOption.NOFOLLOW_LINKS)).toList());
            Manifest writing = new Manifest(owner, false, Manifest.union(oldFiles, produced), owned);
            writing.write(dir);
            List<String> lastOnes = Arrays.stream(last).filter(produced::contains).toList();
            for (String l : lastOnes) {
                deleteRegular(l);
            }
            moveIn(produced.stream().filter(f -> !lastOnes.contains(f)).toList());
            moveIn(lastOnes);
            removeStale(oldFiles, produced);
            SortedSet<String> kept = removeEmptyDirectories(owned, needed);
            Trees.syncDirectory(dir);
            writing.withState(true, new TreeSet<>(produced), kept).write(dir);
            committed = true;
        } catch (IOException e) {
            throw new OutputException("cannot complete the output in " + shown + ": " + OsReason.of(e), e);
        }
        Trees.deleteQuietly(staging);
    }

    /** Ends the run: without a commit the staged files are dropped; the lock is released. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            Trees.deleteQuietly(staging);
        }
        InFlight.remove(staging);
        lock.close();
    }

    private void requireOpen() {
        if (closed || committed) {
            throw new IllegalStateException("the output in " + shown + " is already " + (closed ? "closed" : "committed"));
        }
    }

    /** Checked before anything is moved: a file that is not ours in the way stops the commit with nothing changed. */
    private void requireNoConflicts(List<String> produced, Set<String> oldFiles) throws IOException {
        for (String f : produced) {
            Path target = dir.resolve(f);
            for (Path p = target.getParent(); !p.equals(dir); p = p.getParent()) {
                FileKind k = FileKind.of(p);
                if (k != FileKind.ABSENT && k != FileKind.DIRECTORY) {
                    throw conflict(dir.relativize(p).toString(), k);
                }
            }
            FileKind k = FileKind.of(target);
            boolean ours = oldFiles.contains(f) || adopted;
            if (k != FileKind.ABSENT && !(k == FileKind.REGULAR && ours)) {
                throw conflict(f, k);
            }
        }
    }

    private OutputException conflict(String relative, FileKind kind) {
        return new OutputException("cannot complete the output in " + shown + ": " + Path.of(shown).resolve(relative)
                + " is " + kind.description() + " that darkflav did not write (it is not in its "
                + Manifest.FILE_NAME + "); move it away and run again. Nothing in " + shown + " was changed");
    }

    private void moveIn(List<String> files) throws IOException {
        for (String f : files) {
            Path target = dir.resolve(f);
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(f), target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private void removeStale(Set<String> oldFiles, List<String> produced) throws IOException {
        for (String f : oldFiles) {
            if (!produced.contains(f)) {
                deleteRegular(f);
            }
        }
    }

    private void deleteRegular(String relative) throws IOException {
        Path p = dir.resolve(relative);
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(p);
        }
    }

    /** Removes folders darkflav created that no file needs any more, if empty; returns those kept. */
    private SortedSet<String> removeEmptyDirectories(Set<String> owned, Set<String> needed) throws IOException {
        SortedSet<String> kept = new TreeSet<>(owned);
        for (String d : Manifest.deepestFirst(owned)) {
            Path p = dir.resolve(d);
            if (!needed.contains(d) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && isEmpty(p)) {
                Files.delete(p);
                kept.remove(d);
            } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                kept.remove(d);
            }
        }
        return kept;
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
            return !s.iterator().hasNext();
        }
    }

    /** Every folder on the way to the produced files, relative to the output folder. */
    private static SortedSet<String> parents(List<String> produced) {
        SortedSet<String> out = new TreeSet<>();
        for (String f : produced) {
            for (int i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
                out.add(f.substring(0, i));
            }
        }
        return out;
    }

    private static Path createFolder(Path dir, String shown) {
        if (shown.isEmpty()) {
            throw new OutputException("the output folder name is empty; give a folder name");
        }
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new OutputException("refusing to write into " + shown + ": it is "
                        + FileKind.of(dir.toRealPath()).description() + ", not a folder");
            }
            Files.createDirectories(dir);
            return dir.toRealPath();
        } catch (IOException e) {
            throw new OutputException("cannot write into " + shown + ": " + OsReason.of(e), e);
        }
    }

    /** Removes staging folders and temporary files that a killed run left; we hold the lock, so they are stale. */
    private static void removeLeftovers(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (name.startsWith(STAGING_PREFIX) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && !InFlight.contains(p)) {
                    Trees.delete(p);
                }
            }
        }
        StaleTemporaries.cleanAll(dir);
    }

    /** Entries that are not darkflav's own bookkeeping (lock, manifest, staging, temporaries). */
    private static List<String> foreignEntries(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".darkflav") && !StaleTemporaries.isTemporaryName(name)) {
                    out.add(name);
                }
            }
        }
        out.sort(null);
        return out;
    }
}
