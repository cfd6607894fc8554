package org.darkflav.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an output path as the user gave it into an {@link OutputTarget}: symbolic links are
 * followed on purpose (to an existing regular file only), and what is at the end decides how it is
 * written. Regular files (or nothing) are replaced atomically; named pipes, terminals, /dev/null and
 * descriptors (/dev/stdout, /dev/fd/N) are written through; folders, other devices and sockets are
 * refused.
 */
final class TargetResolver {

    private static final int MAX_LINKS = 40;
    private static final Pattern DESCRIPTOR = Pattern.compile("/dev/std(out|err)|/dev/fd/(\\d+)|/proc/(?:self|\\d+)/fd/(\\d+)");
    /** Character devices that are streams a user may mean: discarding, a full disk for tests, terminals. */
    private static final Pattern STREAM_DEVICE = Pattern.compile("/dev/(null|zero|full|tty|tty\\d+|pts/\\d+|console)");

    private final boolean standardStreams;

    TargetResolver(boolean standardStreams) {
        this.standardStreams = standardStreams;
    }

    OutputTarget resolve(Path user) {
        String shown = user.toString();
        if (shown.isEmpty()) {
            throw new OutputException("the output file name is empty; give a file name"
                    + (standardStreams ? ", or '-' for standard output" : ""));
        }
        if (standardStreams && shown.equals("-")) {
            return new OutputTarget(OutputTarget.Kind.STANDARD_OUTPUT, null, shown);
        }
        OutputTarget descriptor = descriptor(user, shown);
        if (descriptor != null) {
            return descriptor;
        }
        try {
            return classify(user.toAbsolutePath(), shown);
        } catch (IOException e) {
            throw new OutputException("cannot write " + shown + ": " + OsReason.of(e), e);
        }
    }

    private OutputTarget descriptor(Path user, String shown) {
        Matcher m = DESCRIPTOR.matcher(user.toAbsolutePath().normalize().toString());
        if (!m.matches()) {
            return null;
        }
        int fd = m.group(1) != null ? (m.group(1).equals("out") ? 1 : 2)
                : Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        if (standardStreams && fd == 1) {
            return new OutputTarget(OutputTarget.Kind.STANDARD_OUTPUT, null, shown);
        }
        if (standardStreams && fd == 2) {
            return new OutputTarget(OutputTarget.Kind.STANDARD_ERROR, null, shown);
        }
        return new OutputTarget(OutputTarget.Kind.STREAM, user, shown);
    }

    private OutputTarget classify(Path abs, String shown) throws IOException {
        Path p = abs;
        boolean viaLink = false;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (p.getFileName() == null) {
                throw refused(shown, "it is the root folder");
            }
            Path parent = p.getParent();
            Path here = (Files.isDirectory(parent) ? parent.toRealPath() : parent.normalize()).resolve(p.getFileName());
            FileKind kind = FileKind.of(here);
            if (kind == FileKind.SYMLINK) {
                p = here.getParent().resolve(Files.readSymbolicLink(here));
                viaLink = true;
                continue;
            }
            return byKind(kind, here, shown, viaLink);
        }
        throw refused(shown, "too many levels of symbolic links");
    }

    private static OutputTarget byKind(FileKind kind, Path real, String shown, boolean viaLink) {
        return switch (kind) {
            case REGULAR -> new OutputTarget(OutputTarget.Kind.FILE, real, shown);
            case ABSENT -> {
                if (viaLink) {
                    throw refused(shown, "it is a symbolic link to " + real + ", which does not exist; darkflav writes"
                            + " through a link only to an existing regular file (create the file or remove the link)");
                }
                yield new OutputTarget(OutputTarget.Kind.FILE, real, shown);
            }
            case DIRECTORY -> throw refused(shown, "it is a directory; give a file name (for example "
                    + Path.of(shown).resolve("result.json") + ")");
            case FIFO -> new OutputTarget(OutputTarget.Kind.STREAM, real, shown);
            case CHARACTER_DEVICE -> {
                if (STREAM_DEVICE.matcher(real.toString()).matches()) {
                    yield new OutputTarget(OutputTarget.Kind.STREAM, real, shown);
                }
                throw refused(shown, "it is " + kind.description() + " (" + real + "), not a regular file; darkflav"
                        + " writes only to regular files, named pipes, terminals and /dev/null");
            }
            default -> throw refused(shown, "it is " + kind.description() + (viaLink ? " (" + real + ")" : "")
                    + ", not a regular file; darkflav never writes onto one");
        };
    }

    private static OutputException refused(String shown, String why) {
        return new OutputException("refusing to write " + shown + ": " + why);
    }
}
