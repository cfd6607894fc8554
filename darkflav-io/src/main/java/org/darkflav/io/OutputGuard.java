package org.darkflav.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one way darkflav writes an output file: built with the files the command reads, it refuses
 * to write onto any of them (same real path, or the same file through a hard link), refuses targets
 * that are not regular files (folders, block devices, sockets, most character devices), writes
 * through to named pipes, terminals, /dev/null and descriptors (/dev/stdout, /dev/fd/N, process
 * substitution), follows symbolic links only to an existing regular file (the link itself stays),
 * and replaces regular files atomically ({@link AtomicWrite}). Errors name the user's path and the
 * operating system's reason. Immutable and thread-safe.
 *
 * {@snippet :
 * OutputGuard guard = OutputGuard.builder()
 *         .input(workspace)                    // never written onto
 *         .standardStreams(stdout, stderr)     // '-' and /dev/stdout go here
 *         .build();
 * guard.check(output);                         // before computing: refusals come early
 * // ... compute ...
 * guard.writeString(output, json);
 * }
 */
public final class OutputGuard {

    private static final OutputGuard NONE = builder().build();

    private final List<Path> inputs;
    private final boolean readsStandardInput;
    private final Writer stdout;
    private final Writer stderr;
    private final boolean inputOverwriteAllowed;
    private final String inputOverwriteHint;
    private final TargetResolver resolver;

    private OutputGuard(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.readsStandardInput = b.readsStandardInput;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.inputOverwriteAllowed = b.inputOverwriteAllowed;
        this.inputOverwriteHint = b.inputOverwriteHint;
        this.resolver = new TargetResolver(b.stdout != null);
    }

    /** A guard with no inputs and no standard streams, for library code writing reports and figures. */
    public static OutputGuard none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Resolves and checks {@code output} without writing: call it before a long computation. */
    public void check(Path output) {
        OutputTarget t = target(output);
        if (t.kind() == OutputTarget.Kind.FILE) {
            Path dir = existingAncestor(t.path().getParent());
            if (dir != null && !Files.isWritable(dir)) {
                throw new OutputException("cannot write " + t.shown() + ": permission denied (the folder " + dir
                        + " is not writable)");
            }
        }
    }

    public void writeString(Path output, String text) {
        write(output, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code output}; to a standard stream it is decoded as UTF-8 text. */
    public void write(Path output, byte[] content) {
        OutputTarget t = target(output);
        switch (t.kind()) {
            case FILE -> AtomicWrite.replace(t.path(), t.shown(), content);
            case STREAM -> writeThrough(t, content);
            case STANDARD_OUTPUT -> toWriter(stdout, t, content);
            case STANDARD_ERROR -> toWriter(stderr, t, content);
        }
    }

    /** True if {@code output} names the command's standard output ('-' or /dev/stdout with streams set). */
    public boolean isStandardOutput(Path output) {
        return target(output).kind() == OutputTarget.Kind.STANDARD_OUTPUT;
    }

    private OutputTarget target(Path output) {
        OutputTarget t = resolver.resolve(output);
        if (t.kind() == OutputTarget.Kind.FILE && !inputOverwriteAllowed) {
            InputIdentity.requireNotAnInput(t, inputs, readsStandardInput, inputOverwriteHint);
        }
        return t;
    }

    private static Path existingAncestor(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    private static void writeThrough(OutputTarget t, byte[] content) {
        // APPEND: never truncates what a descriptor's owner (e.g. the shell's '>>') wrote before
        try (OutputStream out = Files.newOutputStream(t.path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(content);
        } catch (IOException e) {
            throw new OutputException("cannot write " + t.shown() + ": " + OsReason.of(e), e);
        }
    }

    private static void toWriter(Writer w, OutputTarget t, byte[] content) {
        try {
            w.write(new String(content, StandardCharsets.UTF_8));
            w.flush();
        } catch (IOException e) {
            throw new OutputException("cannot write " + t.shown() + ": " + OsReason.of(e), e);
        }
    }

    /** Collects the inputs and options of a guard. */
    public static final class Builder {
        private final List<Path> inputs = new ArrayList<>();
        private boolean readsStandardInput;
        private Writer stdout;
        private Writer stderr;
        private boolean inputOverwriteAllowed;
        private String inputOverwriteHint = "";

        private Builder() {}

        /** A file the command reads; outputs are never written onto it. */
        public Builder input(Path file) {
            inputs.add(file);
            return this;
        }

        /** Files the command reads. */
        public Builder inputs(Collection<Path> files) {
            inputs.addAll(files);
            return this;
        }

        /**
         * An input as the user named it on the command line: {@code -} is standard input (when it is
         * redirected from a file, that file is protected too), anything else a path.
         */
        public Builder inputArgument(String argument) {
            if ("-".equals(argument)) {
                readsStandardInput = true;
            } else if (argument != null && !argument.isEmpty()) {
                inputs.add(Path.of(argument));
            }
            return this;
        }

        /** Where '-', /dev/stdout and /dev/stderr go: the command's own streams, not new files. */
        public Builder standardStreams(Writer out, Writer err) {
            this.stdout = out;
            this.stderr = err;
            return this;
        }

        /**
         * Allows an output onto an input when the user asked for it explicitly (such as {@code --force});
         * the input has been read completely by then and is replaced atomically.
         */
        public Builder allowInputOverwrite(boolean allowed) {
            this.inputOverwriteAllowed = allowed;
            return this;
        }

        /** Appended to the refusal to write onto an input, e.g. "or add --force to overwrite it". */
        public Builder inputOverwriteHint(String hint) {
            this.inputOverwriteHint = hint;
            return this;
        }

        public OutputGuard build() {
            return new OutputGuard(this);
        }
    }
}
