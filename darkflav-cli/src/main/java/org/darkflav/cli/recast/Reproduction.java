package org.darkflav.cli.recast;

import java.util.List;
import java.util.Map;
import org.darkflav.recast.analysis.KstarXResults;
import org.darkflav.recast.analysis.RecastWorkspace;
import org.darkflav.recast.scan.BrFit;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.PostfitSpectrum;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.recast.scan.ShapeEnvelope;

/**
 * Everything {@code darkflav reproduce} computed.
 *
 * @param smOnly SM-only fit, paper method, PAPER_REPRODUCTION reading (the default)
 * @param smOnlyLiteral SM-only fit, paper method, PAPER (literal) reading
 * @param fullSmOnly the published Belle II likelihood without X: Br(B+ → K+ νν̄) = mu × Br_SM
 * @param scans scan per analysis name, in report order
 * @param atPaperMass the point at the paper's m_X = 2 GeV per analysis name
 * @param grid the mass grid of the fast analyses
 * @param fullGrid the (coarser) grid of the full likelihood
 * @param smOnlyWorkspace the generated SM-only workspace (exported)
 * @param xWorkspace the generated light-X workspace at the best mass of {@code belle2-ita} (exported)
 * @param limitsFull whether the full-likelihood scan includes CLs limits
 * @param shapes signal-shape and resolution systematics of {@code belle2-ita} (beyond the paper)
 * @param itaSpectrum the belle2-ita channel at the free best fit with X at its best mass (paper Fig. 3-like)
 * @param kstar APPROXIMATE B → K* X limits versus m_X (paper Fig. 1 right)
 */
public record Reproduction(BrFit smOnly, BrFit smOnlyLiteral, BrFit fullSmOnly, Map<String, ScanResult> scans,
        Map<String, MassPoint> atPaperMass, MassGrid grid, MassGrid fullGrid, RecastWorkspace smOnlyWorkspace,
        RecastWorkspace xWorkspace, boolean limitsFull, ShapeEnvelope shapes, List<PostfitSpectrum> itaSpectrum, KstarXResults kstar,
        ModelInterpretation models) {

    /** Analysis names in report order. */
    public static final String ITA = "belle2-ita";
    public static final String ITA_LITERAL = "belle2-ita-literal";
    public static final String FULL = "belle2-full";
    public static final String BABAR = "babar";
    public static final String COMBINED = "combined";

    public Reproduction {
        scans = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scans));
        atPaperMass = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(atPaperMass));
        itaSpectrum = List.copyOf(itaSpectrum);
    }
}
