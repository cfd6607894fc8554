package org.darkflav.cli.workspace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.darkflav.cli.Outputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE} and {@code --force}: written through the command's {@link Outputs#guard output guard}
 * (atomically, never onto a folder or a device, never over an input file unless {@code --force}).
 */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE ('-' or default: standard output).")
    Path output;

    @Option(names = "--force", description = "Allow --output to overwrite one of the input files.")
    boolean force;

    /** Writes {@code text} to the output file, or to standard output without {@code --output}. */
    public void write(CommandSpec spec, String text, List<String> inputs) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        Outputs.guard(spec, inputs, force).writeString(output, text);
    }
}
