package org.darkflav.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.infer.Infer;
import org.darkflav.infer.ModelFit;
import org.darkflav.report.FitFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code darkflav plot-fit}: pre- and post-fit distributions of every channel and the correlation matrix. */
@Command(name = "plot-fit", mixinStandardHelpOptions = true,
        description = {"Pre- and post-fit distributions of every channel of a pyhf workspace, as cabinetry draws them"
            + " (stacked samples, hatched uncertainty of the total, data with Poisson error bars, data/model ratio),"
            + " and the correlation matrix of the fit: CHANNEL_prefit, CHANNEL_postfit and correlation_matrix as PNG,"
            + " SVG and PDF in --out. Uncertainties are propagated linearly, pre-fit from the constraint widths,"
            + " post-fit from the fit's covariance.",
            "Exit code 3 if the fit did not converge (the figures are written and say so)."})
final class PlotFitCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ModelInput input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the figures (created if missing)")
    Path out;

    @Option(names = "--corr-threshold", paramLabel = "X", defaultValue = "0",
            description = "leave out of the correlation matrix the parameters whose correlations are all below X in"
                + " magnitude (default 0: only fixed ones, as cabinetry; e.g. 0.2 for models with many parameters)")
    double threshold;

    @Override
    public Integer call() {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new UserException("--corr-threshold must be between 0 and 1, got " + threshold);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserException("--out " + out + " exists and is not a folder; give a folder for the figures");
        }
        HistFactoryModel model = input.model();
        ModelFit fit = Infer.fit(model);
        List<Path> files = FitFigures.writeFitFigures(model, fit.result(), threshold, out);
        PrintWriter stdout = spec.commandLine().getOut();
        files.forEach(stdout::println);
        stdout.flush();
        if (!fit.converged()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("darkflav plot-fit: WARNING: the fit did NOT converge (" + fit.result().status()
                    + "); the post-fit figures say so; do not use them.");
            fit.result().log().forEach(l -> err.println("  " + l));
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }
}
