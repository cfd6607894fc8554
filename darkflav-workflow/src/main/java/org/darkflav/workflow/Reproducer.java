package org.darkflav.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.recast.analysis.KstarXResults;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.analysis.RecastWorkspace;
import org.darkflav.recast.data.AlpacaCurve;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.FitCurve;
import org.darkflav.recast.lee.LeeReproduction;
import org.darkflav.recast.lee.LeeRun;
import org.darkflav.recast.scan.BrFit;
import org.darkflav.recast.scan.CombinationLadder;
import org.darkflav.recast.scan.CombinationStep;
import org.darkflav.recast.scan.CurveComparison;
import org.darkflav.recast.scan.FullLikelihoodResults;
import org.darkflav.recast.scan.FullLikelihoodStudy;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.MassScan;
import org.darkflav.recast.scan.PaperReadingComparison;
import org.darkflav.recast.scan.PostfitSpectrum;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.recast.scan.ScanAnalysis;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.recast.scan.ShapeEnvelope;
import org.darkflav.recast.scan.ShapeSystematics;
import org.darkflav.recast.scan.ShapeVariant;
import org.darkflav.recast.scan.WorkspaceAnalysis;

/**
 * Reproduces Altmannshofer et al., PRD 109, 075008 from the bundled data: SM-only fits, the mass scans of every
 * analysis, signal-shape systematics, B → K* X limits, the best-fit spectrum, couplings and the Belle II outlook.
 * {@code darkflav reproduce} is this class plus the report writer.
 *
 * <pre>{@code
 * Reproduction r = new Reproducer(ReproductionConfig.quick()).run(StageListener.NONE);
 * MassPoint at2 = r.atPaperMass(ReproducedAnalysis.BELLE2_ITA);
 * }</pre>
 */
public final class Reproducer {

    private final ReproductionConfig config;
    private final AnalysisBundles bundles = new AnalysisBundles();
    private final RecastAnalyses analyses = new RecastAnalyses(bundles);
    private final PaperValues paper = PaperValues.bundled();

    public Reproducer(ReproductionConfig config) {
        this.config = config;
    }

    /** Runs every stage in order; {@code listener} hears each stage start and finish. */
    public Reproduction run(StageListener listener) {
        LocalTaskRunner runner = new LocalTaskRunner(config.threads());
        MassScan scan = new MassScan(runner);
        List<StageTiming> timings = new ArrayList<>();
        Stages stages = new Stages(listener, timings);
        RecastWorkspace smWs = analyses.paperMethod(PaperReading.HEADLINE).smOnly();
        BrFit sm = stages.run("SM-only, paper method", "SM-only fit, paper method (" + PaperReading.HEADLINE
                + " reading)", p -> BrFit.of(smWs), f -> 1);
        BrFit smLiteral = stages.run("SM-only, paper method (literal)", "SM-only fit, paper method (LITERAL reading)",
                p -> BrFit.of(analyses.paperMethod(PaperReading.LITERAL).smOnly()), f -> 1);
        BrFit fullSm = stages.run("SM-only, full likelihood", "SM-only fit, Belle II full likelihood",
                p -> BrFit.of(analyses.fullLikelihood().smOnly()), f -> 1);
        Map<ReproducedAnalysis, ScanResult> scans = new EnumMap<>(ReproducedAnalysis.class);
        Map<ReproducedAnalysis, MassPoint> atPaperMass = new EnumMap<>(ReproducedAnalysis.class);
        for (ReproducedAnalysis a : ReproducedAnalysis.values()) {
            ScanAnalysis analysis = a.usesFullGrid()
                    ? ((WorkspaceAnalysis) analyses.byName(a.id())).withLimits(config.fullLimits())
                    : analyses.byName(a.id());
            MassGrid grid = a.usesFullGrid() ? config.fullGrid() : config.grid();
            ScanResult r = stages.run("scan " + a.id(), "mass scan " + a.id() + " on " + describe(grid, analysis),
                    p -> scan.scanWithinRange(analysis, grid, p), s -> s.points().size());
            scans.put(a, r);
            atPaperMass.put(a, pointAt(analysis, r, paper.massGeV()));
        }
        List<CurveComparison> readings = stages.run("reading comparison", "paper-method readings against the "
                + "paper's digitised Belle II curve", p -> compareReadings(scans), c -> c.size());
        FullLikelihoodResults study = stages.run("full-likelihood study", "Belle II full likelihood: best mass "
                + "refined below the grid step, widths " + Arrays.toString(FullLikelihoodStudy.DEFAULT.widths())
                + " GeV, (m_X, Br) contours", p -> FullLikelihoodStudy.DEFAULT.run(analyses.fullLikelihood(),
                        bundles.gaertner2026(), bundles.fitCurve(FullLikelihoodStudy.alpacaCurve()), runner, p),
                f -> f.widthScan().size());
        List<CombinationStep> combinations = stages.run("combinations", "Belle II full likelihood + BaBar (APPROXIMATE) "
                + "+ Belle 2017 counts (APPROXIMATE), best mass refined",
                p -> new CombinationLadder(analyses, runner).run(study.bestMass(), p), List::size);
        List<LeeRun> lee = stages.run("global significance", "look-elsewhere toys: " + String.join(", ", config.lee()
                .stream().map(x -> x.analysis() + " " + x.toys() + " toys on " + x.masses() + " GeV").toList()),
                p -> LeeReproduction.run(config.lee(), runner, "local", chunks -> p.progressed(chunks.toysDone(),
                        chunks.toys())), List::size);
        double best = scans.get(ReproducedAnalysis.BELLE2_ITA).bestPoint().mass();
        RecastWorkspace xWs = analyses.paperMethod(PaperReading.HEADLINE).withX(best);
        ShapeEnvelope shapes = stages.run("shape systematics", "signal-shape systematics of "
                + ReproducedAnalysis.BELLE2_ITA + " on " + config.shapeGrid() + " GeV (" + ShapeVariant.standard().size()
                + " variants, no limits)", p -> new ShapeSystematics(analyses, runner).run(ShapeVariant.standard(),
                        config.shapeGrid().masses(), p), e -> e.points().size());
        KstarXResults kstar = stages.run("B -> K* X limits", "APPROXIMATE B -> K* X limits (BaBar, digitised curve) on "
                + config.kstarGrid() + " GeV, counting cross-check",
                p -> KstarXResults.compute(bundles, config.kstarGrid().masses()), k -> k.scan().size());
        List<PostfitSpectrum> spectrum = stages.run("best-fit spectrum", String.format(Locale.ROOT,
                "best-fit spectrum of %s with X at %.2f GeV", ReproducedAnalysis.BELLE2_ITA, best),
                p -> PostfitSpectrum.of(xWs), s -> 1);
        ModelInterpretation models = stages.run("couplings and outlook", "coupling fits and Fig. 2 at "
                + paper.massGeV() + " GeV (APPROXIMATE), B3-L3 point, Belle II outlook on "
                + Arrays.toString(config.outlookMasses()) + " GeV",
                p -> new ModelStage(analyses, config, paper).compute(scans.get(ReproducedAnalysis.COMBINED), kstar,
                        runner, p), m -> config.outlookMasses().length);
        return new Reproduction(config, paper, sm, smLiteral, fullSm, scans, atPaperMass, readings, study,
                combinations, lee, smWs, xWs, shapes, spectrum, kstar, models, timings);
    }

    /** Each paper-method reading's scan against the paper's Belle II curve, where that curve is trusted. */
    private List<CurveComparison> compareReadings(Map<ReproducedAnalysis, ScanResult> scans) {
        FitCurve curve = bundles.fitCurve(AlpacaCurve.BELLE2_B_TO_K);
        List<CurveComparison> out = new ArrayList<>();
        for (var e : scans.entrySet()) {
            if (e.getKey().reading().isPresent()) {
                out.add(CurveComparison.of(e.getValue(), curve, PaperReadingComparison.GRID.lo(),
                        PaperReadingComparison.GRID.hi(), PaperReadingComparison.RATIO_LOW,
                        PaperReadingComparison.RATIO_HIGH));
            }
        }
        return out;
    }

    private static MassPoint pointAt(ScanAnalysis a, ScanResult r, double mass) {
        for (MassPoint p : r.points()) {
            if (Math.abs(p.mass() - mass) < 1e-9) {
                return p;
            }
        }
        return a.at(mass);
    }

    private static String describe(MassGrid g, ScanAnalysis a) {
        return String.format(Locale.ROOT, "%s GeV (range %.2f-%.2f GeV)", g, a.minMass(), a.maxMass());
    }

    /** Runs stages one after another, telling the listener and keeping each stage's timing. */
    private record Stages(StageListener listener, List<StageTiming> timings) {

        <T> T run(String name, String description, Function<ProgressListener, T> work, ToIntFunction<T> points) {
            long t = System.nanoTime();
            T result;
            try {
                result = work.apply(listener.started(name, description));
            } catch (RuntimeException e) {
                listener.aborted(name);
                throw e;
            }
            StageTiming timing = new StageTiming(name, points.applyAsInt(result), (System.nanoTime() - t) / 1e9);
            timings.add(timing);
            listener.finished(timing, description);
            return result;
        }
    }
}
