package org.darkflav.cli.recast;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.Json;
import org.darkflav.cli.UserException;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.MassScan;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.recast.scan.ScanAnalysis;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.recast.scan.WorkspaceAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code darkflav scan-mass}: one analysis scanned over a custom mass grid. */
@Command(name = "scan-mass", mixinStandardHelpOptions = true,
        description = {"Scan Br(B+ -> K+ X) over m_X for one analysis: best fit +- 1 sigma (profile), local "
                + "significance, 90/95 %% CL CLs limits (asymptotic) where available.",
            "Analyses: belle2-ita (paper method, PAPER_REPRODUCTION), belle2-ita-literal (paper method, PAPER), "
                + "belle2-full (published likelihood), babar (APPROXIMATE), combined (APPROXIMATE: paper method + BaBar), "
                + "combined-full (APPROXIMATE: full likelihood + BaBar).",
            "Exit code 3 if a fit did not converge."})
public final class ScanMassCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--analysis", required = true, paramLabel = "NAME", description = "analysis to scan")
    String analysis;

    @Option(names = "--masses", required = true, paramLabel = "LO:HI:STEP", description = "mass grid in GeV, e.g. 1:3:0.1")
    String masses;

    @Option(names = "--no-limits", description = "skip the CLs limits (much faster for belle2-full)")
    boolean noLimits;

    @Option(names = "--json", description = "print the scan as JSON instead of a table")
    boolean json;

    @Override
    public Integer call() {
        MassGrid grid = CliMassGrids.parse(masses, "--masses");
        if (!RecastAnalyses.NAMES.contains(analysis)) {
            throw new UserException("--analysis: unknown analysis '" + analysis + "'; known: "
                    + String.join(", ", RecastAnalyses.NAMES));
        }
        ScanAnalysis a = new RecastAnalyses(new AnalysisBundles()).byName(analysis);
        if (noLimits && a instanceof WorkspaceAnalysis w) {
            a = w.withLimits(false);
        }
        ScanResult r;
        try {
            r = new MassScan(LocalTaskRunner.allProcessors()).scan(a, grid, ProgressListener.NONE);
        } catch (IllegalArgumentException e) {
            throw new UserException("--masses " + masses + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.pretty(ScanTables.json(r)) : table(r));
        out.flush();
        if (!r.converged()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("darkflav scan-mass: WARNING: some fits did not converge (see 'converged')");
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }

    static String table(ScanResult r) {
        StringBuilder s = new StringBuilder();
        s.append(r.analysis()).append(r.approximate() ? " (APPROXIMATE)" : "").append(": ").append(r.note()).append('\n');
        s.append(String.format(Locale.ROOT, "%8s  %-26s %7s %10s %10s %10s%n", "m_X/GeV", "Br (-1s +1s)", "Z_local",
                "UL90", "UL95", "expUL95"));
        for (MassPoint p : r.points()) {
            s.append(String.format(Locale.ROOT, "%8.3f  %-26s %7s %10s %10s %10s%s%n", p.mass(),
                    Report.br(p.br(), p.errLo(), p.errHi()), Report.f2(p.zLocal()), Report.sci(p.ul90()),
                    Report.sci(p.ul95()), Report.sci(p.exp95()[2]), p.converged() ? "" : "  NOT CONVERGED"));
        }
        s.append(String.format(Locale.ROOT, "best-fit mass %.3f GeV, Delta2NLL = 1 interval [%.3f, %.3f] GeV%s%n",
                r.best().mass(), r.best().lower(), r.best().upper(),
                r.best().lowerAtGridEnd() || r.best().upperAtGridEnd() ? " (cut at the grid end)" : ""));
        return s.toString();
    }
}
