package org.darkflav.cli.recast;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.io.StagedOutputDirectory;
import org.darkflav.report.ReproductionSummary;
import org.darkflav.report.ReproductionWriter;
import org.darkflav.report.SummaryJson;
import org.darkflav.workflow.Reproducer;
import org.darkflav.workflow.Reproduction;
import org.darkflav.workflow.ReproductionConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code darkflav reproduce}: the paper's numbers and the recast with one command, written into a
 * directory (summary.json, report.md/.html, tables, workspaces, figures).
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Reproduce Altmannshofer et al., PRD 109, 075008 (light invisible X in B -> K nu nubar) and the "
                + "full-likelihood recast: SM-only fit, mass scans, report.",
            "Writes DIR/summary.json, report.md, report.html, tables/, workspaces/ and figures/. Exit code 3 if a fit "
                + "did not converge."})
public final class ReproduceCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out = Path.of("darkflav-output");

    @Option(names = "--masses", paramLabel = "LO:HI:STEP", description = "mass grid in GeV of the paper-method, "
            + "BaBar and combined scans (default 0:4.6:0.1; --quick 0:4.6:0.2)")
    String masses;

    @Option(names = "--full-masses", paramLabel = "LO:HI:STEP",
            description = "mass grid in GeV of the full-likelihood scan (default 0:4.6:0.2; --quick 1:3:0.5)")
    String fullMasses;

    @Option(names = "--full-limits", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "CLs limits for the full likelihood too (default; about 1 s per mass); --no-full-limits skips them")
    boolean fullLimits;

    @Option(names = {"-q", "--quiet"}, description = "no progress bars (they are shown only when stderr is a console "
            + "anyway); the one-line stage log and the timing table stay")
    boolean quiet;

    @Option(names = "--quick", description = "coarser grids")
    boolean quick;

    @Option(names = "--no-figures", description = "skip the figures (report and tables only)")
    boolean noFigures;

    @Option(names = "--no-global-significance", description = "skip the look-elsewhere toys (1000 of the paper "
            + "method and 100 of the full likelihood; --quick: a fifth)")
    boolean noGlobalSignificance;

    @Override
    public Integer call() {
        ReproductionConfig config = quick ? ReproductionConfig.quick() : ReproductionConfig.defaults();
        if (masses != null) {
            config = config.withGrid(CliMassGrids.parse(masses, "--masses"));
        }
        if (fullMasses != null) {
            config = config.withFullGrid(CliMassGrids.parse(fullMasses, "--full-masses"));
        }
        config = config.withFullLimits(fullLimits);
        if (noGlobalSignificance) {
            config = config.withLee(List.of());
        }
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Reproduction r;
        // opened before computing: a locked, unwritable or foreign folder is refused at once; an interrupted run
        // leaves the earlier output (or nothing) in place, never a folder that looks complete
        try (StagedOutputDirectory folder = StagedOutputDirectory.open(out, SummaryJson.GENERATOR,
                ReproductionWriter::isEarlierOutput)) {
            r = new Reproducer(config).run(new StageProgress(err, quiet));
            new ReproductionWriter(!noFigures).write(r, folder.staging());
            folder.commit(ReproductionWriter.WRITTEN_LAST);
        }
        err.print(ReproductionSummary.timings(r.timings()));
        err.printf(Locale.ROOT, "reproduce: wrote %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ReproductionSummary.table(r));
        stdout.flush();
        if (!r.converged()) {
            err.println("reproduce: WARNING: some fits did not converge; see the 'converged' fields of summary.json");
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }
}
