package org.darkflav.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.darkflav.histfactory.spec.SpecWriter;
import org.darkflav.io.AtomicFiles;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.workflow.Reproduction;

/**
 * Writes a {@link Reproduction} into a directory: {@code summary.json}, {@code report.md} and {@code report.html},
 * the scan tables (CSV, JSON, HEPData-style YAML), the generated workspaces and, when asked, the figures
 * (PNG, SVG, PDF). Every file is written atomically.
 */
public final class ReproductionWriter {

    private final boolean figures;
    private final AnalysisBundles bundles = new AnalysisBundles();

    /** @param figures whether to draw the figures (the report links them only then) */
    public ReproductionWriter(boolean figures) {
        this.figures = figures;
    }

    /** The summary of {@code r} as pretty-printed JSON. */
    public String summaryJson(Reproduction r) {
        return Json.pretty(SummaryJson.of(r, bundles.smReference().total()));
    }

    /** The report without figures, as Markdown. */
    public String markdown(Reproduction r) {
        return Report.of(r, bundles, List.of(), List.of()).markdown();
    }

    /** Writes everything into {@code dir} (created if missing). */
    public void write(Reproduction r, Path dir) {
        AtomicFiles.writeString(dir.resolve("summary.json"), summaryJson(r));
        for (var e : r.scans().entrySet()) {
            String name = "tables/" + e.getKey().id();
            AtomicFiles.writeString(dir.resolve(name + ".csv"), ScanTables.csv(e.getValue()));
            AtomicFiles.writeString(dir.resolve(name + ".json"), Json.pretty(ScanTables.json(e.getValue())));
            AtomicFiles.writeString(dir.resolve(name + ".yaml"), ScanTables.yaml(e.getValue()));
        }
        String kstarGrid = r.config().kstarGrid().toString();
        AtomicFiles.writeString(dir.resolve(KstarReport.TABLE + ".csv"), KstarReport.csv(r.kstar()));
        AtomicFiles.writeString(dir.resolve(KstarReport.TABLE + ".json"),
                Json.pretty(KstarReport.tableJson(r.kstar(), kstarGrid, r.paper())));
        AtomicFiles.writeString(dir.resolve("workspaces/belle2_ita_sm_only.json"),
                SpecWriter.toPrettyString(r.smOnlyWorkspace().spec()));
        AtomicFiles.writeString(dir.resolve("workspaces/" + Report.xWorkspaceFile(r)),
                SpecWriter.toPrettyString(r.xWorkspace().spec()));
        List<String> drawn = new ArrayList<>();
        List<String> modelFigures = List.of();
        if (figures) {
            drawn.addAll(ReportFigures.draw(r, bundles, dir));
            drawn.add(ShapeReport.draw(r.shapes(), dir));
            drawn.add(KstarReport.draw(r.kstar(), bundles, dir));
            drawn.add(StudyReport.drawContours(r, dir));
            modelFigures = ModelReport.draw(dir, r);
        }
        ReportDocument doc = Report.of(r, bundles, drawn, modelFigures);
        AtomicFiles.writeString(dir.resolve("report.md"), doc.markdown());
        AtomicFiles.writeString(dir.resolve("report.html"), doc.html("darkflav reproduce"));
    }

    /**
     * Whether {@code dir} may receive a reproduction: it is new, empty, or holds an earlier run (its summary.json
     * names darkflav reproduce), so that no file of a user's is overwritten.
     *
     * @return null if it may, else why not (one line, for the user)
     */
    public static String refusal(Path dir) {
        if (!Files.exists(dir)) {
            return null;
        }
        if (!Files.isDirectory(dir)) {
            return dir + " exists and is not a directory";
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return null;
            }
            Path summary = dir.resolve("summary.json");
            if (Files.isRegularFile(summary)
                    && Files.readString(summary).contains("\"" + SummaryJson.GENERATOR + "\"")) {
                return null;
            }
        } catch (IOException e) {
            return "cannot read " + dir + ": " + e.getMessage();
        }
        return dir + " is not empty and holds no earlier 'darkflav reproduce' output";
    }
}
