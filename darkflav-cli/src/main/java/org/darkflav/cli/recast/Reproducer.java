package org.darkflav.cli.recast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
 * Runs the recast: SM-only fits, then the mass scans of every analysis, reporting one line per stage.
 * The full likelihood (232 parameters, about 4 s per mass without limits) runs on its own coarser grid
 * and without CLs limits unless asked; the paper-method analyses take milliseconds per mass.
 */
final class Reproducer {

    private final AnalysisBundles bundles = new AnalysisBundles();
    private final RecastAnalyses analyses = new RecastAnalyses(bundles);
    private final LocalTaskRunner runner = LocalTaskRunner.allProcessors();
    private final MassScan scan = new MassScan(runner);
    private final Consumer<String> log;

    Reproducer(Consumer<String> log) {
        this.log = log;
    }

    Reproduction run(MassGrid grid, MassGrid fullGrid, boolean limitsFull) {
        RecastWorkspace smWs = analyses.paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).smOnly();
        BrFit sm = stage("SM-only fit, paper method (PAPER_REPRODUCTION)", () -> BrFit.of(smWs));
        BrFit smLiteral = stage("SM-only fit, paper method (PAPER, literal)",
                () -> BrFit.of(analyses.paperMethod(PaperMethodOptions.PAPER).smOnly()));
        BrFit fullSm = stage("SM-only fit, Belle II full likelihood", () -> BrFit.of(analyses.fullLikelihood().smOnly()));
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
            ScanResult r = stage("mass scan " + name + " on " + describe(scanGrid, analysis),
                    () -> scan.scanWithinRange(analysis, scanGrid, ProgressListener.NONE));
            scans.put(name, r);
            at2.put(name, pointAtPaperMass(analysis, r));
        }
        double best = scans.get(Reproduction.ITA).bestPoint().mass();
        RecastWorkspace xWs = analyses.paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).withX(best);
        ShapeEnvelope shapes = stage("signal-shape systematics of " + Reproduction.ITA + " on " + ShapeSection.GRID
                + " GeV (" + ShapeVariant.standard().size() + " variants, no limits)",
                () -> new ShapeSystematics(analyses, runner).run(ShapeVariant.standard(), ShapeSection.GRID.masses(),
                        ProgressListener.NONE));
        KstarXResults kstar = stage("APPROXIMATE B -> K* X limits (BaBar, digitised curve) on " + KstarSection.GRID
                + " GeV, counting cross-check", () -> KstarSection.compute(bundles));
        List<PostfitSpectrum> spectrum = stage(String.format(Locale.ROOT, "best-fit spectrum of %s with X at %.2f GeV",
                Reproduction.ITA, best), () -> PostfitSpectrum.of(xWs));
        return new Reproduction(sm, smLiteral, fullSm, scans, at2, grid, fullGrid, smWs, xWs, limitsFull, shapes,
                spectrum, kstar);
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

    private <T> T stage(String what, java.util.function.Supplier<T> work) {
        long t = System.nanoTime();
        T result = work.get();
        log.accept(String.format(Locale.ROOT, "reproduce: %s ... done in %.1f s", what, (System.nanoTime() - t) / 1e9));
        return result;
    }
}
