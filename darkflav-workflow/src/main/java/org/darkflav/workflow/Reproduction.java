package org.darkflav.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.recast.analysis.KstarXResults;
import org.darkflav.recast.analysis.RecastWorkspace;
import org.darkflav.recast.lee.LeeRun;
import org.darkflav.recast.scan.BrFit;
import org.darkflav.recast.scan.CombinationStep;
import org.darkflav.recast.scan.CurveComparison;
import org.darkflav.recast.scan.FullLikelihoodResults;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.PostfitSpectrum;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.recast.scan.ShapeEnvelope;

/**
 * Everything a {@link Reproducer} run computed.
 *
 * @param config the grids and options of the run
 * @param paper the paper's numbers the results are set against
 * @param smOnly SM-only fit, paper method, headline reading
 * @param smOnlyLiteral SM-only fit, paper method, literal reading
 * @param fullSmOnly the published Belle II likelihood without X: Br(B+ → K+ νν̄) = mu × Br_SM
 * @param scans scan per analysis, in report order
 * @param atPaperMass the point at the paper's m_X per analysis
 * @param readings each paper-method reading against the paper's digitised Belle II curve, mass by mass
 * @param fullStudy Belle II's full likelihood: refined best mass, width scan, (m_X, Br) contours
 * @param combinations the full likelihood alone, + BaBar, + Belle 2017 counts, each with its refined best mass
 * @param globalSignificance look-elsewhere toys per study of {@link ReproductionConfig#lee()}
 * @param smOnlyWorkspace the generated SM-only workspace (exported)
 * @param xWorkspace the generated light-X workspace at the best mass of {@code belle2-ita} (exported)
 * @param shapes signal-shape and resolution systematics of {@code belle2-ita} (beyond the paper)
 * @param itaSpectrum the belle2-ita channel at the free best fit with X at its best mass (paper Fig. 3-like)
 * @param kstar APPROXIMATE B → K* X limits versus m_X (paper Fig. 1 right)
 * @param models couplings, ALP decay constants, B3 − L3 point, Belle II outlook
 * @param timings stage, points and seconds of every stage, in order
 */
public record Reproduction(ReproductionConfig config, PaperValues paper, BrFit smOnly, BrFit smOnlyLiteral,
        BrFit fullSmOnly, Map<ReproducedAnalysis, ScanResult> scans, Map<ReproducedAnalysis, MassPoint> atPaperMass,
        List<CurveComparison> readings, FullLikelihoodResults fullStudy, List<CombinationStep> combinations,
        List<LeeRun> globalSignificance, RecastWorkspace smOnlyWorkspace, RecastWorkspace xWorkspace, ShapeEnvelope shapes,
        List<PostfitSpectrum> itaSpectrum, KstarXResults kstar, ModelInterpretation models, List<StageTiming> timings) {

    public Reproduction {
        scans = Collections.unmodifiableMap(new EnumMap<>(scans));
        atPaperMass = Collections.unmodifiableMap(new EnumMap<>(atPaperMass));
        readings = List.copyOf(readings);
        combinations = List.copyOf(combinations);
        globalSignificance = List.copyOf(globalSignificance);
        itaSpectrum = List.copyOf(itaSpectrum);
        timings = List.copyOf(timings);
    }

    /** The scan of {@code a}. */
    public ScanResult scan(ReproducedAnalysis a) {
        return scans.get(a);
    }

    /** The point of {@code a} at the paper's m_X. */
    public MassPoint atPaperMass(ReproducedAnalysis a) {
        return atPaperMass.get(a);
    }

    /** The mass grid of the fast analyses. */
    public MassGrid grid() {
        return config.grid();
    }

    /** The (coarser) grid of the full likelihood. */
    public MassGrid fullGrid() {
        return config.fullGrid();
    }

    /** Whether the full-likelihood scan includes CLs limits. */
    public boolean limitsFull() {
        return config.fullLimits();
    }

    /** Whether the SM-only fit and every scan's fits converged. */
    public boolean converged() {
        return smOnly.converged() && scans.values().stream().allMatch(ScanResult::converged);
    }
}
