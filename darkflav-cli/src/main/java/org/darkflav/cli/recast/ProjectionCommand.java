package org.darkflav.cli.recast;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.Outputs;
import org.darkflav.cli.UserException;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.io.OutputGuard;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.projection.DatasetLuminosity;
import org.darkflav.recast.projection.Projection;
import org.darkflav.recast.projection.ProjectionResult;
import org.darkflav.recast.projection.SystematicsScaling;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.recast.scan.ScanAnalysis;
import org.darkflav.recast.scan.WorkspaceAnalysis;
import org.darkflav.report.Json;
import org.darkflav.report.ProjectionTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code darkflav projection}: the Belle II outlook, expected significance and limits for more data. */
@Command(name = "projection", mixinStandardHelpOptions = true,
        description = {"Belle II outlook: expected discovery significance (median, Asimov) for a signal Br and the "
                + "expected 95 %% CL CLs upper limit on Br(B+ -> K+ X) (asymptotic, +-1/2 sigma band) vs m_X, for "
                + "integrated luminosities scaled from Belle II's 362 fb^-1.",
            "Analyses: belle2-ita (paper method, headline reading), belle2-ita-literal (LITERAL reading), belle2-full "
                + "(published likelihood; slow). The signal Br is the current best fit at each mass unless --br is "
                + "given.",
            "Exit code 3 if a fit did not converge."})
public final class ProjectionCommand implements Callable<Integer> {

    /** The analyses built from a workspace per mass: the others have no data to make Asimov data from. */
    static final List<String> ANALYSES = List.of("belle2-ita", "belle2-ita-literal", "belle2-full");

    @Spec CommandSpec spec;

    @Option(names = "--analysis", defaultValue = "belle2-ita", paramLabel = "NAME",
            description = "analysis: belle2-ita, belle2-ita-literal, belle2-full (default: ${DEFAULT-VALUE})")
    String analysis;

    @Option(names = "--lumi", defaultValue = "1,10,50", paramLabel = "L1,L2,...",
            description = "projected integrated luminosities in ab^-1 (default: ${DEFAULT-VALUE})")
    String lumi;

    @Option(names = "--mass-min", defaultValue = "0.5", paramLabel = "GEV", description = "lowest m_X (default: ${DEFAULT-VALUE})")
    double massMin;

    @Option(names = "--mass-max", defaultValue = "4.5", paramLabel = "GEV", description = "highest m_X (default: ${DEFAULT-VALUE})")
    double massMax;

    @Option(names = "--mass-step", defaultValue = "0.5", paramLabel = "GEV", description = "grid step (default: ${DEFAULT-VALUE})")
    double massStep;

    @Option(names = "--br", paramLabel = "BR",
            description = "signal Br(B+ -> K+ X) for the expected significance (default: the current best fit per mass)")
    Double br;

    @Option(names = "--systematics", defaultValue = "fixed", paramLabel = "fixed|scaled",
            description = "fixed: systematics keep their relative size; scaled: they shrink like 1/sqrt(L) "
                    + "(default: ${DEFAULT-VALUE})")
    String systematics;

    @Option(names = "--out", paramLabel = "FILE", description = "write the projection to FILE.json or FILE.csv")
    Path out;

    @Override
    public Integer call() {
        double[] lumis = luminosities(lumi);
        SystematicsScaling scaling = systematics(systematics);
        if (br != null && !(br >= 0 && Double.isFinite(br))) {
            throw new UserException("--br " + br + ": the signal branching fraction must be a finite number >= 0");
        }
        String format = out == null ? null : format(out);
        OutputGuard guard = Outputs.guard(spec, List.of());
        if (out != null) {
            guard.check(out);
        }
        if (!ANALYSES.contains(analysis)) {
            throw new UserException("--analysis: cannot project '" + analysis + "'; known: " + String.join(", ", ANALYSES)
                    + (RecastAnalyses.NAMES.contains(analysis) ? " (the BaBar approximation and the combination have no"
                            + " data from which Asimov data could be built)" : ""));
        }
        double[] masses = masses();
        AnalysisBundles bundles = new AnalysisBundles();
        ScanAnalysis a = new RecastAnalyses(bundles).byName(analysis);
        for (double m : masses) {
            if (m < a.minMass() - 1e-12 || m > a.maxMass() + 1e-12) {
                throw new UserException(String.format(Locale.ROOT, "--mass-max %s: m_X = %s GeV is outside the range of "
                        + "analysis '%s' [%s, %.3f] GeV", massMax, m, analysis, a.minMass(), a.maxMass()));
            }
        }
        Projection projection = new Projection(DatasetLuminosity.belle2Bknunu2023(bundles), scaling);
        ProjectionResult r = projection.run(a.name(), a.approximate(), a.note(), ((WorkspaceAnalysis) a).workspaces(),
                masses, lumis, br == null ? OptionalDouble.empty() : OptionalDouble.of(br),
                LocalTaskRunner.allProcessors(), ProgressListener.NONE);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ProjectionTables.text(r));
        if (out != null) {
            guard.writeString(out, format.equals("csv") ? ProjectionTables.csv(r) : Json.pretty(ProjectionTables.json(r)));
            stdout.println("wrote " + out);
        }
        stdout.flush();
        if (!r.converged()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("darkflav projection: WARNING: some fits did not converge (see 'converged')");
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }

    private double[] masses() {
        try {
            double[] m = new MassGrid(massMin, massMax, massStep).masses();
            if (m.length == 0) {
                throw new UserException("--mass-min/--mass-max/--mass-step: the grid is empty");
            }
            return m;
        } catch (IllegalArgumentException e) {
            throw new UserException("--mass-min " + massMin + " --mass-max " + massMax + " --mass-step " + massStep + ": "
                    + e.getMessage(), e);
        }
    }

    static double[] luminosities(String text) {
        List<Double> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            double v;
            try {
                v = Double.parseDouble(part.trim());
            } catch (NumberFormatException e) {
                throw new UserException("--lumi " + text + ": '" + part.trim() + "' is not a number; give luminosities "
                        + "in ab^-1 separated by commas, e.g. 1,10,50", e);
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new UserException("--lumi " + text + ": " + part.trim() + " ab^-1 is not a positive luminosity");
            }
            values.add(v);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static SystematicsScaling systematics(String text) {
        return switch (text) {
            case "fixed" -> SystematicsScaling.STAT_ONLY_SCALING;
            case "scaled" -> SystematicsScaling.SYSTEMATICS_SCALE_WITH_SQRT_L;
            default -> throw new UserException("--systematics " + text + ": expected 'fixed' (relative systematics "
                    + "kept) or 'scaled' (systematics shrink like 1/sqrt(L))");
        };
    }

    private static String format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "json";
        }
        if (name.endsWith(".csv")) {
            return "csv";
        }
        throw new UserException("--out " + file + ": the file name must end in .json or .csv");
    }

}
