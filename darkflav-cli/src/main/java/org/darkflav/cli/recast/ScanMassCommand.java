package org.darkflav.cli.recast;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.UserException;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassProfile;
import org.darkflav.recast.scan.MassScan;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.recast.scan.RefinedBestMass;
import org.darkflav.recast.scan.ScanAnalysis;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.recast.scan.WorkspaceAnalysis;
import org.darkflav.report.Json;
import org.darkflav.report.ScanTables;
import org.darkflav.report.StudyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code darkflav scan-mass}: one analysis scanned over a custom mass grid. */
@Command(name = "scan-mass", mixinStandardHelpOptions = true,
        description = {"Scan Br(B+ -> K+ X) over m_X for one analysis: best fit +- 1 sigma (profile), local "
                + "significance, 90/95 %% CL CLs limits (asymptotic) where available.",
            "Analyses: belle2-ita (paper method, headline reading), one belle2-ita-* per reading of the paper's "
                + "Appendix (flat-bplus, excess, 2nbb, belle2-eff, literal), belle2-full (published likelihood), babar "
                + "(APPROXIMATE), combined (APPROXIMATE: paper method + BaBar), combined-full (APPROXIMATE: full "
                + "likelihood + BaBar), combined-full-belle (APPROXIMATE: full likelihood + BaBar + Belle 2017 counts).",
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

    @Option(names = "--width", paramLabel = "GEV", defaultValue = "0",
            description = "belle2-full only: X a Breit-Wigner of this width in q2 (default ${DEFAULT-VALUE}: a line)")
    double width;

    @Option(names = "--refine", description = "also refine the best mass below the grid step (golden section on q0(m))"
            + " with its Delta(-2 ln L) = 1 interval in m")
    boolean refine;

    @Override
    public Integer call() {
        MassGrid grid = CliMassGrids.parse(masses, "--masses");
        if (!RecastAnalyses.NAMES.contains(analysis)) {
            throw new UserException("--analysis: unknown analysis '" + analysis + "'; known: "
                    + String.join(", ", RecastAnalyses.NAMES));
        }
        if (width != 0 && !analysis.equals("belle2-full")) {
            throw new UserException("--width applies to belle2-full only (the published likelihood folds X through "
                    + "Belle II's number densities); got --analysis " + analysis);
        }
        if (!(width >= 0) || Double.isInfinite(width)) {
            throw new UserException("--width must be a finite width >= 0 in GeV, got " + width);
        }
        RecastAnalyses analyses = new RecastAnalyses(new AnalysisBundles());
        ScanAnalysis a = width > 0 ? analyses.fullWithWidth(width) : analyses.byName(analysis);
        if (noLimits && a instanceof WorkspaceAnalysis w) {
            a = w.withLimits(false);
        }
        ScanResult r;
        RefinedBestMass refined = null;
        try {
            r = new MassScan(LocalTaskRunner.allProcessors()).scan(a, grid, ProgressListener.NONE);
            if (refine) {
                refined = MassProfile.of(a).refine(grid);
            }
        } catch (IllegalArgumentException e) {
            throw new UserException("--masses " + masses + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            var node = ScanTables.json(r);
            if (refined != null) {
                StudyJson.refined(node.putObject("refined_best_mass"), refined);
            }
            out.print(Json.pretty(node));
        } else {
            out.print(ScanTables.text(r) + (refined == null ? "" : ScanTables.refinedLine(refined)));
        }
        out.flush();
        if (!r.converged() || (refined != null && !refined.point().converged())) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("darkflav scan-mass: WARNING: some fits did not converge (see 'converged')");
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }


}
