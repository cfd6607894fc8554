package org.darkflav.cli;

import java.util.List;
import org.darkflav.io.OutputGuard;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@link OutputGuard} of a command: its input arguments are protected, '-' and /dev/stdout are the
 * command's own standard output. Every command that writes a file takes its guard from here.
 */
public final class Outputs {

    private Outputs() {}

    /** A guard that refuses to write onto any of {@code inputs} (command-line arguments; '-' is stdin). */
    public static OutputGuard guard(CommandSpec spec, List<String> inputs) {
        return builder(spec, inputs).build();
    }

    /** As {@link #guard(CommandSpec, List)}, writing onto an input only with {@code --force}. */
    public static OutputGuard guard(CommandSpec spec, List<String> inputs, boolean force) {
        return builder(spec, inputs).allowInputOverwrite(force).inputOverwriteHint("or add --force to overwrite it")
                .build();
    }

    private static OutputGuard.Builder builder(CommandSpec spec, List<String> inputs) {
        OutputGuard.Builder b = OutputGuard.builder()
                .standardStreams(spec.commandLine().getOut(), spec.commandLine().getErr());
        inputs.forEach(b::inputArgument);
        return b;
    }
}
