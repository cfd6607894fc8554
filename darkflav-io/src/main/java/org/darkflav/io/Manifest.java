package org.darkflav.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The list of files and folders darkflav wrote into an output folder, and whether that output is
 * complete; kept in the folder as {@value #FILE_NAME}, a small text file written atomically:
 *
 * <pre>
 * # darkflav output manifest
 * owner darkflav reproduce
 * state complete
 * dir tables
 * file summary.json
 * file tables/belle2-ita.csv
 * </pre>
 *
 * Only files listed here are ever replaced or removed by a later run into the same folder.
 */
record Manifest(String owner, boolean complete, SortedSet<String> files, SortedSet<String> directories) {

    static final String FILE_NAME = ".darkflav-manifest";

    Manifest {
        files = new TreeSet<>(files);
        directories = new TreeSet<>(directories);
    }

    /** The manifest in {@code dir}, or null if there is none. */
    static Manifest read(Path dir) throws IOException {
        Path f = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String owner = "";
        boolean complete = false;
        SortedSet<String> files = new TreeSet<>();
        SortedSet<String> dirs = new TreeSet<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            int sp = line.indexOf(' ');
            if (line.startsWith("#") || sp < 0) {
                continue;
            }
            String value = line.substring(sp + 1);
            switch (line.substring(0, sp)) {
                case "owner" -> owner = value;
                case "state" -> complete = value.equals("complete");
                case "file" -> files.add(checked(value, f));
                case "dir" -> dirs.add(checked(value, f));
                default -> { }
            }
        }
        return new Manifest(owner, complete, files, dirs);
    }

    /** A listed path must stay inside the folder: a hand-edited manifest cannot make darkflav delete elsewhere. */
    private static String checked(String relative, Path manifest) throws IOException {
        Path p = Path.of(relative);
        if (relative.isEmpty() || p.isAbsolute() || p.normalize().startsWith("..") || !p.normalize().equals(p)) {
            throw new IOException(manifest + " lists '" + relative + "', which is not a path inside its folder");
        }
        return relative;
    }

    void write(Path dir) {
        StringBuilder s = new StringBuilder("# darkflav output manifest: the files below were written by darkflav;"
                + " a later run replaces or removes only these\n");
        s.append("owner ").append(owner).append('\n');
        s.append("state ").append(complete ? "complete" : "writing").append('\n');
        directories.forEach(d -> s.append("dir ").append(d).append('\n'));
        files.forEach(f -> s.append("file ").append(f).append('\n'));
        AtomicFiles.writeString(dir.resolve(FILE_NAME), s.toString());
    }

    Manifest withState(boolean isComplete, SortedSet<String> newFiles, SortedSet<String> newDirectories) {
        return new Manifest(owner, isComplete, newFiles, newDirectories);
    }

    static SortedSet<String> union(Iterable<String> a, Iterable<String> b) {
        SortedSet<String> u = new TreeSet<>();
        a.forEach(u::add);
        b.forEach(u::add);
        return u;
    }

    static List<String> deepestFirst(Iterable<String> dirs) {
        List<String> l = new ArrayList<>();
        dirs.forEach(l::add);
        l.sort((x, y) -> Integer.compare(y.length(), x.length()));
        return l;
    }
}
