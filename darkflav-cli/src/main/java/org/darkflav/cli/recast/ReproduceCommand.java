package org.darkflav.cli.recast;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.UserException;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.recast.analysis.KstarXLimit;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.report.Formats;
import org.darkflav.io.StagedOutputDirectory;
import org.darkflav.report.ReproductionWriter;
import org.darkflav.report.SummaryJson;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproducer;
import org.darkflav.workflow.Reproduction;
import org.darkflav.workflow.ReproductionConfig;
import org.darkflav.workflow.StageTiming;
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
        err.print(timingTable(r.timings()));
        err.printf(Locale.ROOT, "reproduce: wrote %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(summaryTable(r));
        stdout.flush();
        if (!r.converged()) {
            err.println("reproduce: WARNING: some fits did not converge; see the 'converged' fields of summary.json");
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }

    /** Stage, points and seconds per stage, with the total. */
    static String timingTable(List<StageTiming> timings) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-34s %7s %9s%n", "stage", "points", "seconds"));
        double total = 0;
        for (StageTiming t : timings) {
            s.append(String.format(Locale.ROOT, "%-34s %7d %9.1f%n", t.stage(), t.points(), t.seconds()));
            total += t.seconds();
        }
        s.append(String.format(Locale.ROOT, "%-34s %7s %9.1f%n", "total (stages)", "", total));
        return s.toString();
    }

    static String summaryTable(Reproduction r) {
        PaperValues paper = r.paper();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-44s %8s  %-26s %7s  %s%n", "result", "m_X/GeV", "Br (-1s +1s)", "Z_local",
                "paper"));
        s.append(String.format(Locale.ROOT, "%-44s %8s  %-26s %7s  %s%n", "SM-only, paper method", "-",
                Formats.br(r.smOnly().br(), r.smOnly().errLo(), r.smOnly().errHi()), Formats.f2(r.smOnly().zLocal()),
                quoted(paper.smOnlyFit())));
        String mass = Formats.mass(paper.massGeV());
        row(s, "Belle II paper method @ " + mass + " GeV", r.atPaperMass(ReproducedAnalysis.BELLE2_ITA),
                quoted(paper.belle2X()));
        row(s, "  same, 2 N_BBbar B mesons (unstated) @ " + mass + " GeV",
                r.atPaperMass(ReproducedAnalysis.BELLE2_ITA_2NBB), quoted(paper.belle2X()));
        row(s, "Belle II paper method (literal) @ " + mass + " GeV",
                r.atPaperMass(ReproducedAnalysis.BELLE2_ITA_LITERAL), quoted(paper.belle2X()));
        row(s, "APPROX. Belle II + BaBar @ " + mass + " GeV", r.atPaperMass(ReproducedAnalysis.COMBINED),
                quoted(paper.combinedX()));
        for (var e : r.scans().entrySet()) {
            row(s, "best mass: " + e.getKey().id() + (e.getValue().approximate() ? " (APPROX.)" : ""),
                    e.getValue().bestPoint(), "");
        }
        row(s, "Belle II full likelihood, refined best mass", r.fullStudy().bestMass().point(), "");
        KstarXLimit k = r.kstar().scan().stream().filter(l -> Math.abs(l.massGeV() - paper.massGeV()) < 1e-9)
                .findFirst().orElse(null);
        if (k != null) {
            s.append(String.format(Locale.ROOT, "%-44s %8.2f  %-26s %7s  %s%n", "APPROX. BaBar B -> K* X, UL 90 %",
                    k.massGeV(), Formats.sci(k.ul90()), "-", "\"a few times 1e-5\""));
        }
        return s.toString();
    }

    /** "(8.8 +- 2.5)e-6, 3.6 sigma" in the exponent of the value. */
    private static String quoted(PaperValues.Quoted q) {
        int exp = (int) Math.floor(Math.log10(Math.abs(q.value())));
        double scale = Math.pow(10, exp);
        String s = String.format(Locale.ROOT, "(%.1f +- %.1f)e%d", q.value() / scale, q.error() / scale, exp);
        return Double.isFinite(q.z()) ? s + String.format(Locale.ROOT, ", %.1f sigma", q.z()) : s;
    }

    private static void row(StringBuilder s, String what, MassPoint p, String paper) {
        s.append(String.format(Locale.ROOT, "%-44s %8.2f  %-26s %7s  %s%n", what, p.mass(),
                Formats.br(p.br(), p.errLo(), p.errHi()), Formats.f2(p.zLocal()), paper));
    }
}
