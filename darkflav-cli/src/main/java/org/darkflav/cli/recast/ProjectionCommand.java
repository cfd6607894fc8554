package org.darkflav.cli.recast;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.darkflav.io.OutputGuard;
import org.darkflav.cli.Outputs;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.Json;
import org.darkflav.cli.UserException;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.projection.DatasetLuminosity;
import org.darkflav.recast.projection.Projection;
import org.darkflav.recast.projection.ProjectionPoint;
import org.darkflav.recast.projection.ProjectionResult;
import org.darkflav.recast.projection.SystematicsScaling;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.recast.scan.ScanAnalysis;
import org.darkflav.recast.scan.WorkspaceAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav projection}: the Belle II outlook, expected significance and limits for more data. */
@Command(name = "projection", mixinStandardHelpOptions = true,
        description = {"Belle II outlook: expected discovery significance (median, Asimov) for a signal Br and the "
                + "expected 95 %% CL CLs upper limit on Br(B+ -> K+ X) (asymptotic, +-1/2 sigma band) vs m_X, for "
                + "integrated luminosities scaled from Belle II's 362 fb^-1.",
            "Analyses: belle2-ita (paper method, PAPER_REPRODUCTION), belle2-ita-literal (PAPER), belle2-full "
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
        stdout.print(table(r));
        if (out != null) {
            guard.writeString(out, format.equals("csv") ? csv(r) : Json.pretty(json(r)));
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

    static String systematicsName(SystematicsScaling s) {
        return s == SystematicsScaling.STAT_ONLY_SCALING ? "fixed" : "scaled";
    }

    static ObjectNode json(ProjectionResult r) {
        ObjectNode o = Json.object();
        o.put("analysis", r.analysis());
        o.put("approximate", r.approximate());
        o.put("note", r.note());
        Json.put(o, "current_lumi_ab", r.current().inverseAttobarns());
        ObjectNode src = o.putObject("current_lumi_source");
        src.put("bundle", r.current().provenance().bundle());
        src.put("file", r.current().provenance().file());
        src.put("origin", r.current().provenance().origin());
        o.put("systematics", systematicsName(r.systematics()));
        o.put("systematics_option", r.systematics().name());
        o.put("signal_br", r.brSource());
        o.put("cl", 0.95);
        o.put("converged", r.converged());
        ArrayNode pts = o.putArray("points");
        for (ProjectionPoint p : r.points()) {
            ObjectNode q = pts.addObject();
            Json.put(q, "lumi_ab", p.lumiAb());
            Json.put(q, "scale_factor", p.scaleFactor());
            Json.put(q, "mass_GeV", p.mass());
            Json.put(q, "br_current_best_fit", p.brCurrentBestFit());
            Json.put(q, "br_signal", p.brSignal());
            Json.put(q, "expected_Z", p.expectedZ());
            double[] b = p.expectedUl95();
            Json.put(q, "expected_ul95", b[2]);
            Json.put(q, "expected_ul95_m2", b[0]);
            Json.put(q, "expected_ul95_m1", b[1]);
            Json.put(q, "expected_ul95_p1", b[3]);
            Json.put(q, "expected_ul95_p2", b[4]);
            q.put("converged", p.converged());
        }
        return o;
    }

    static String csv(ProjectionResult r) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.analysis()).append(r.approximate() ? " (APPROXIMATE)" : "").append(": ")
                .append(r.note().replace('\n', ' ')).append('\n');
        b.append("# ").append(r.brSource()).append("; expected 95 % CL CLs limits, asymptotic\n");
        b.append("lumi_ab,scale_factor,mass_GeV,br_current_best_fit,br_signal,expected_Z,expected_ul95,"
                + "expected_ul95_m2,expected_ul95_m1,expected_ul95_p1,expected_ul95_p2,converged\n");
        for (ProjectionPoint p : r.points()) {
            double[] u = p.expectedUl95();
            b.append(String.join(",", ScanTables.mass(p.lumiAb()), ScanTables.num(p.scaleFactor()),
                    ScanTables.mass(p.mass()), ScanTables.num(p.brCurrentBestFit()), ScanTables.num(p.brSignal()),
                    ScanTables.num(p.expectedZ()), ScanTables.num(u[2]), ScanTables.num(u[0]), ScanTables.num(u[1]),
                    ScanTables.num(u[3]), ScanTables.num(u[4]), Boolean.toString(p.converged()))).append('\n');
        }
        return b.toString();
    }

    static String table(ProjectionResult r) {
        StringBuilder s = new StringBuilder();
        s.append(r.analysis()).append(r.approximate() ? " (APPROXIMATE)" : "").append(", systematics ")
                .append(systematicsName(r.systematics())).append(", ").append(r.brSource()).append('\n');
        s.append(String.format(Locale.ROOT, "%8s %8s %10s %8s %10s %22s%n", "L/ab^-1", "m_X/GeV", "Br_signal", "Z_exp",
                "expUL95", "(-1s, +1s)"));
        for (ProjectionPoint p : r.points()) {
            double[] u = p.expectedUl95();
            s.append(String.format(Locale.ROOT, "%8s %8.3f %10.3e %8.2f %10.3e   (%.3e, %.3e)%s%n",
                    ScanTables.mass(p.lumiAb()), p.mass(), p.brSignal(), p.expectedZ(), u[2], u[1], u[3],
                    p.converged() ? "" : "  NOT CONVERGED"));
        }
        return s.toString();
    }
}
