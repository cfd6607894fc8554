package org.darkflav.cli.recast;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.darkflav.io.AtomicFiles;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.Json;
import org.darkflav.cli.UserException;
import org.darkflav.histfactory.spec.SpecWriter;
import org.darkflav.recast.analysis.KstarXLimit;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.ScanResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code darkflav reproduce}: the paper's numbers and the recast with one command, written into a
 * directory (summary.json per the output contract, report.md/.html, tables, workspaces).
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Reproduce Altmannshofer et al., PRD 109, 075008 (light invisible X in B -> K nu nubar) and the "
                + "full-likelihood recast: SM-only fit, mass scans, report.",
            "Writes DIR/summary.json, report.md, report.html, tables/, workspaces/ (and figures/ when plotting is "
                + "available). Exit code 3 if a fit did not converge."})
public final class ReproduceCommand implements Callable<Integer> {

    /** Default grid of the fast analyses: 0.0-4.6 GeV in 0.1 GeV. */
    static final String DEFAULT_MASSES = "0:4.6:0.1";
    /** Default grid of the full likelihood (about 4 s per mass without limits). */
    static final String DEFAULT_FULL_MASSES = "0:4.6:0.2";
    static final String QUICK_MASSES = "0:4.6:0.2";
    static final String QUICK_FULL_MASSES = "1:3:0.5";

    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out = Path.of("darkflav-output");

    @Option(names = "--masses", paramLabel = "LO:HI:STEP",
            description = "mass grid in GeV of the paper-method, BaBar and combined scans (default " + DEFAULT_MASSES + ")")
    String masses;

    @Option(names = "--full-masses", paramLabel = "LO:HI:STEP",
            description = "mass grid in GeV of the full-likelihood scan (default " + DEFAULT_FULL_MASSES + ")")
    String fullMasses;

    @Option(names = "--full-limits", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "CLs limits for the full likelihood too (default; about 1 s per mass); --no-full-limits skips them")
    boolean fullLimits;

    @Option(names = {"-q", "--quiet"}, description = "no progress bars (they are shown only when stderr is a console "
            + "anyway); the one-line stage log and the timing table stay")
    boolean quiet;

    @Option(names = "--quick", description = "coarser grids (" + QUICK_MASSES + ", full likelihood " + QUICK_FULL_MASSES
            + ")")
    boolean quick;

    private final ReportPlots plots;

    /** The command with its figures drawn as PNG, SVG and PDF. */
    public ReproduceCommand() {
        this(new JFreeReportPlots());
    }

    public ReproduceCommand(ReportPlots plots) {
        this.plots = plots;
    }

    @Override
    public Integer call() {
        MassGrid grid = CliMassGrids.parse(masses != null ? masses : quick ? QUICK_MASSES : DEFAULT_MASSES, "--masses");
        MassGrid fullGrid = CliMassGrids.parse(fullMasses != null ? fullMasses : quick ? QUICK_FULL_MASSES
                : DEFAULT_FULL_MASSES, "--full-masses");
        checkOutputDirectory(out);
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Reproducer reproducer = new Reproducer(line -> {
            err.println(line);
            err.flush();
        }, StageProgress.terminal(quiet));
        Reproduction r = reproducer.run(grid, fullGrid, fullLimits);
        write(r);
        err.print(timingTable(reproducer.timings()));
        err.printf(Locale.ROOT, "reproduce: wrote %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(summaryTable(r));
        stdout.flush();
        boolean converged = r.smOnly().converged() && r.scans().values().stream().allMatch(ScanResult::converged);
        if (!converged) {
            err.println("reproduce: WARNING: some fits did not converge; see the 'converged' fields of summary.json");
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }

    private void write(Reproduction r) {
        AtomicFiles.writeString(out.resolve("summary.json"), Json.pretty(SummaryJson.of(r)));
        for (var e : r.scans().entrySet()) {
            AtomicFiles.writeString(out.resolve("tables/" + e.getKey() + ".csv"), ScanTables.csv(e.getValue()));
            AtomicFiles.writeString(out.resolve("tables/" + e.getKey() + ".json"), Json.pretty(ScanTables.json(e.getValue())));
            AtomicFiles.writeString(out.resolve("tables/" + e.getKey() + ".yaml"), ScanTables.yaml(e.getValue()));
        }
        AtomicFiles.writeString(out.resolve(KstarSection.TABLE + ".csv"), KstarSection.csv(r.kstar()));
        AtomicFiles.writeString(out.resolve(KstarSection.TABLE + ".json"), Json.pretty(KstarSection.tableJson(r.kstar())));
        AtomicFiles.writeString(out.resolve("workspaces/belle2_ita_sm_only.json"),
                SpecWriter.toPrettyString(r.smOnlyWorkspace().spec()));
        AtomicFiles.writeString(out.resolve("workspaces/" + Report.xWorkspaceFile(r)),
                SpecWriter.toPrettyString(r.xWorkspace().spec()));
        List<String> figures = ReportFigures.draw(r, plots, out);
        List<String> fig2 = ModelSection.draw(plots, out, r);
        ReportDocument doc = Report.of(r, figures, fig2);
        AtomicFiles.writeString(out.resolve("report.md"), doc.markdown());
        AtomicFiles.writeString(out.resolve("report.html"), doc.html("darkflav reproduce"));
    }

    /**
     * The directory must be new, empty, or hold an earlier run (its summary.json names darkflav
     * reproduce): never overwrite a user's files.
     */
    static void checkOutputDirectory(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new UserException("--out " + dir + " exists and is not a directory; choose another --out");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
            Path summary = dir.resolve("summary.json");
            if (Files.isRegularFile(summary) && Files.readString(summary).contains("\"" + SummaryJson.GENERATOR + "\"")) {
                return;
            }
        } catch (IOException e) {
            throw new UserException("cannot read --out " + dir + ": " + e.getMessage(), e);
        }
        throw new UserException("--out " + dir + " is not empty and holds no earlier 'darkflav reproduce' output; "
                + "choose a new or empty directory so that no file of yours is overwritten");
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
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-40s %8s  %-26s %7s  %s%n", "result", "m_X/GeV", "Br (-1s +1s)", "Z_local",
                "paper"));
        s.append(String.format(Locale.ROOT, "%-40s %8s  %-26s %7s  %s%n", "SM-only, paper method", "-",
                Report.br(r.smOnly().br(), r.smOnly().errLo(), r.smOnly().errHi()), Report.f2(r.smOnly().zLocal()),
                "(2.8 +- 0.7)e-5"));
        row(s, "Belle II paper method @ 2 GeV", r.atPaperMass().get(Reproduction.ITA), "(8.8 +- 2.5)e-6, 3.6 sigma");
        row(s, "Belle II paper method (literal) @ 2 GeV", r.atPaperMass().get(Reproduction.ITA_LITERAL),
                "(8.8 +- 2.5)e-6, 3.6 sigma");
        row(s, "APPROX. Belle II + BaBar @ 2 GeV", r.atPaperMass().get(Reproduction.COMBINED),
                "(5.1 +- 2.1)e-6, 2.4 sigma");
        for (var e : r.scans().entrySet()) {
            row(s, (e.getValue().approximate() ? "best mass: " : "best mass: ") + e.getKey()
                    + (e.getKey().equals(Reproduction.BABAR) || e.getKey().equals(Reproduction.COMBINED) ? " (APPROX.)"
                            : ""), e.getValue().bestPoint(), "");
        }
        KstarXLimit k = r.kstar().scan().stream().filter(l -> Math.abs(l.massGeV() - PaperValues.PAPER_MASS_GEV) < 1e-9)
                .findFirst().orElse(null);
        if (k != null) {
            s.append(String.format(Locale.ROOT, "%-40s %8.2f  %-26s %7s  %s%n", "APPROX. BaBar B -> K* X, UL 90 %", k.massGeV(),
                    Report.sci(k.ul90()), "-", "\"a few times 1e-5\""));
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String what, MassPoint p, String paper) {
        s.append(String.format(Locale.ROOT, "%-40s %8.2f  %-26s %7s  %s%n", what, p.mass(),
                Report.br(p.br(), p.errLo(), p.errHi()), Report.f2(p.zLocal()), paper));
    }
}
