package org.darkflav.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
            List<Callable<List<String>>> jobs = new ArrayList<>();
            r.scans().forEach((a, s) -> jobs.add(() -> ReportFigures.scan(a, s, bundles, dir)));
            jobs.add(() -> ReportFigures.spectra(r, dir));
            jobs.add(() -> List.of(ShapeReport.draw(r.shapes(), dir)));
            jobs.add(() -> List.of(KstarReport.draw(r.kstar(), bundles, dir)));
            jobs.add(() -> List.of(StudyReport.drawContours(r, dir)));
            jobs.add(() -> LeeReport.draw(r, dir));
            List<List<String>> done = FigureJobs.run(jobs);
            done.forEach(drawn::addAll);
            modelFigures = ModelReport.draw(dir, r);
        }
        ReportDocument doc = Report.of(r, bundles, drawn, modelFigures);
        AtomicFiles.writeString(dir.resolve("report.md"), doc.markdown());
        AtomicFiles.writeString(dir.resolve("report.html"), doc.html("darkflav reproduce"));
    }

    /** The files a reader takes as the mark of a finished output: written after everything else. */
    public static final String[] WRITTEN_LAST = {"summary.json", "report.md", "report.html"};

    /**
     * Whether {@code dir} holds the output of an earlier {@code darkflav reproduce} written before outputs carried
     * a manifest: its summary.json names the generator. Such a folder may be replaced; any other non-empty
     * folder holds a user's files.
     */
    public static boolean isEarlierOutput(Path dir) {
        Path summary = dir.resolve("summary.json");
        try {
            return Files.isRegularFile(summary)
                    && Files.readString(summary).contains("\"" + SummaryJson.GENERATOR + "\"");
        } catch (IOException e) {
            return false;
        }
    }
}
