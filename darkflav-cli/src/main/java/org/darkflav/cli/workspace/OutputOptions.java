package org.darkflav.cli.workspace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.darkflav.io.AtomicFiles;
import org.darkflav.cli.UserException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --output FILE} and {@code --force}: write atomically, never silently over an input file. */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE (default: standard output).")
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
        for (String in : inputs) {
            if (!WorkspaceIO.STDIN.equals(in) && WorkspaceIO.sameFile(Path.of(in), output) && !force) {
                throw new UserException("--output " + output + " is also an input file; choose another file,"
                        + " or add --force to overwrite it");
            }
        }
        AtomicFiles.writeString(output, text);
    }
}
