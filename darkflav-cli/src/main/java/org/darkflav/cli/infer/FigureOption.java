package org.darkflav.cli.infer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.darkflav.cli.UserException;
import org.darkflav.plot.Chart;
import picocli.CommandLine.Option;

/** {@code --plot FILE}: also draw the command's result as a figure. */
public final class FigureOption {

    @Option(names = "--plot", paramLabel = "FILE",
            description = {"also draw the result as cabinetry does: FILE.png, FILE.svg or FILE.pdf, or a name without"
                + " a suffix for all three (pulls leave out per-bin parameters name[i] when there are others;"
                + " rankings show the 20 largest impacts)"})
    Path file;

    /** Fails on a file name that cannot be written, before any work. */
    void check() {
        if (file != null) {
            try {
                Chart.outputFiles(file);
            } catch (IllegalArgumentException e) {
                throw new UserException("--plot: " + e.getMessage(), e);
            }
        }
    }

    /** Draws the chart if asked, atomically, and says where on stderr. */
    void write(Supplier<Chart> chart, PrintWriter err, String command) {
        if (file == null) {
            return;
        }
        try {
            chart.get().write(file).forEach(f -> err.println("darkflav " + command + ": wrote " + f));
        } catch (IllegalArgumentException e) {
            throw new UserException("--plot: cannot draw " + file + ": " + e.getMessage(), e);
        }
        err.flush();
    }
}
