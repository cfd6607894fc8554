package org.darkflav.cli.recast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.analysis.KstarXResults;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.analysis.RecastWorkspace;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.scan.BrFit;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.MassScan;
import org.darkflav.recast.scan.PostfitSpectrum;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.recast.scan.ScanAnalysis;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.recast.scan.ShapeEnvelope;
import org.darkflav.recast.scan.ShapeSystematics;
import org.darkflav.recast.scan.ShapeVariant;
import org.darkflav.recast.scan.WorkspaceAnalysis;

/**
 * Runs the recast: SM-only fits, then the mass scans of every analysis, reporting one line and one
 * progress bar per stage and keeping each stage's timing.
 * The full likelihood (232 parameters, about 1 s per mass with limits) runs on its own coarser grid;
 * the paper-method analyses take milliseconds per mass.
 */
final class Reproducer {

    private final AnalysisBundles bundles = new AnalysisBundles();
    private final RecastAnalyses analyses = new RecastAnalyses(bundles);
    private final LocalTaskRunner runner = LocalTaskRunner.allProcessors();
    private final MassScan scan = new MassScan(runner);
    private final Consumer<String> log;
    private final StageProgress progress;
    private final List<StageTiming> timings = new ArrayList<>();

    /** Logs one line per stage to {@code log} and shows each stage's mass points on a {@code progress} bar. */
    Reproducer(Consumer<String> log, StageProgress progress) {
        this.log = log;
        this.progress = progress;
    }

    /** Stage, points and seconds of every stage run so far, in order. */
    List<StageTiming> timings() {
        return List.copyOf(timings);
    }

    Reproduction run(MassGrid grid, MassGrid fullGrid, boolean limitsFull) {
        RecastWorkspace smWs = analyses.paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).smOnly();
        BrFit sm = stage("SM-only fit, paper method (PAPER_REPRODUCTION)", "SM-only, paper method",
                p -> BrFit.of(smWs), f -> 1);
        BrFit smLiteral = stage("SM-only fit, paper method (PAPER, literal)", "SM-only, paper method (literal)",
                p -> BrFit.of(analyses.paperMethod(PaperMethodOptions.PAPER).smOnly()), f -> 1);
        BrFit fullSm = stage("SM-only fit, Belle II full likelihood", "SM-only, full likelihood",
                p -> BrFit.of(analyses.fullLikelihood().smOnly()), f -> 1);
        Map<String, ScanResult> scans = new LinkedHashMap<>();
        Map<String, MassPoint> at2 = new LinkedHashMap<>();
        for (String name : new String[] {Reproduction.ITA, Reproduction.ITA_LITERAL, Reproduction.BABAR,
                Reproduction.COMBINED, Reproduction.FULL}) {
            ScanAnalysis a = analyses.byName(name);
            MassGrid g = grid;
            if (name.equals(Reproduction.FULL)) {
                a = ((WorkspaceAnalysis) a).withLimits(limitsFull);
                g = fullGrid;
            }
            ScanAnalysis analysis = a;
            MassGrid scanGrid = g;
            ScanResult r = stage("mass scan " + name + " on " + describe(scanGrid, analysis), "scan " + name,
                    p -> scan.scanWithinRange(analysis, scanGrid, p), s -> s.points().size());
            scans.put(name, r);
            at2.put(name, pointAtPaperMass(analysis, r));
        }
        double best = scans.get(Reproduction.ITA).bestPoint().mass();
        RecastWorkspace xWs = analyses.paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).withX(best);
        ShapeEnvelope shapes = stage("signal-shape systematics of " + Reproduction.ITA + " on " + ShapeSection.GRID
                + " GeV (" + ShapeVariant.standard().size() + " variants, no limits)", "shape systematics",
                p -> new ShapeSystematics(analyses, runner).run(ShapeVariant.standard(), ShapeSection.GRID.masses(), p),
                e -> e.points().size());
        KstarXResults kstar = stage("APPROXIMATE B -> K* X limits (BaBar, digitised curve) on " + KstarSection.GRID
                + " GeV, counting cross-check", "B -> K* X limits", p -> KstarSection.compute(bundles),
                k -> k.scan().size());
        List<PostfitSpectrum> spectrum = stage(String.format(Locale.ROOT, "best-fit spectrum of %s with X at %.2f GeV",
                Reproduction.ITA, best), "best-fit spectrum", p -> PostfitSpectrum.of(xWs), s -> 1);
        ModelInterpretation models = stage("coupling fits and Fig. 2 at 2 GeV (APPROXIMATE), B3-L3 point, Belle II "
                + "outlook on " + java.util.Arrays.toString(ModelSection.OUTLOOK_MASSES) + " GeV", "couplings and outlook",
                p -> ModelSection.compute(analyses, scans.get(Reproduction.COMBINED), kstar, runner, p), m -> ModelSection.OUTLOOK_MASSES.length);
        return new Reproduction(sm, smLiteral, fullSm, scans, at2, grid, fullGrid, smWs, xWs, limitsFull, shapes,
                spectrum, kstar, models);
    }

    private MassPoint pointAtPaperMass(ScanAnalysis a, ScanResult r) {
        double m = PaperValues.PAPER_MASS_GEV;
        for (MassPoint p : r.points()) {
            if (Math.abs(p.mass() - m) < 1e-9) {
                return p;
            }
        }
        return a.at(m);
    }

    private static String describe(MassGrid g, ScanAnalysis a) {
        return String.format(Locale.ROOT, "%s GeV (range %.2f-%.2f GeV)", g, a.minMass(), a.maxMass());
    }

    /**
     * Runs one stage with its own progress bar ({@code bar} names it; {@code work} reports mass points to
     * the listener it is given), logs it and records its timing.
     */
    private <T> T stage(String what, String bar, Function<ProgressListener, T> work, ToIntFunction<T> points) {
        long t = System.nanoTime();
        T result;
        try (StageProgress.Bar b = progress.open(bar)) {
            result = work.apply(b);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        timings.add(new StageTiming(bar, points.applyAsInt(result), seconds));
        log.accept(String.format(Locale.ROOT, "reproduce: %s ... done in %.1f s", what, seconds));
        return result;
    }
}
