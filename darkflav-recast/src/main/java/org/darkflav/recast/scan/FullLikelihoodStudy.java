package org.darkflav.recast.scan;

import java.util.List;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import org.darkflav.recast.analysis.Belle2FullLikelihoodMethod;
import org.darkflav.recast.data.AlpacaCurve;
import org.darkflav.recast.data.FitCurve;
import org.darkflav.recast.data.ReferenceResult;

/**
 * Belle II's published likelihood with X beyond a grid scan: the best mass refined below the grid step with its
 * mass interval, the same for a Breit–Wigner X of several widths, and the (m_X, Br) Δχ² grid; next to the
 * published comparisons (Gärtner et al., ALPaca's recast).
 *
 * @param coarseGrid the grid that brackets the maximum of q0(m) before refinement
 * @param widths Γ_X in GeV, 0 first
 * @param contourMasses masses of the Δχ² grid (line X)
 * @param contourBrs branching fractions of the Δχ² grid, increasing
 */
public record FullLikelihoodStudy(MassGrid coarseGrid, double[] widths, MassGrid contourMasses, double[] contourBrs) {

    /**
     * The default: coarse grid {@link CombinationLadder#GRID} (1.0–2.9 GeV in 0.1 GeV, so that the line's
     * refinement is also the first step of the ladder); Γ_X = 0, 0.1, 0.5 GeV; Δχ² on 1.7–2.8 GeV in 0.05 GeV
     * × Br 0–2e-5 in 1e-6 (the 95 % region of the line X lies inside: Δχ² > 6.18 at 1.8 and 2.8 GeV).
     */
    public static final FullLikelihoodStudy DEFAULT = new FullLikelihoodStudy(CombinationLadder.GRID,
            new double[] {0, 0.1, 0.5}, new MassGrid(1.7, 2.8, 0.05),
            org.darkflav.infer.LikelihoodScan.Axis.linspace("Br", 0, 2.0e-5, 21).values());

    /** ALPaca's recast is meaningless near the kinematic end point (its README): its peak is looked for below this. */
    static final double ALPACA_RELIABLE_MAX_MASS = 4.0;

    public FullLikelihoodStudy {
        widths = widths.clone();
        contourBrs = contourBrs.clone();
        if (widths.length == 0 || widths[0] != 0) {
            throw new IllegalArgumentException("the width scan starts with the line, Gamma_X = 0");
        }
    }

    @Override
    public double[] widths() {
        return widths.clone();
    }

    @Override
    public double[] contourBrs() {
        return contourBrs.clone();
    }

    /**
     * Everything of the study for the published likelihood {@code full} (X in ITA and HTA).
     *
     * @param comparison the published result to compare with (Gärtner et al.)
     * @param alpaca ALPaca's recast curve of the same likelihood
     */
    public FullLikelihoodResults run(Belle2FullLikelihoodMethod full, ReferenceResult comparison, FitCurve alpaca,
            TaskRunner runner, ProgressListener progress) {
        List<WidthScanPoint> scan = runner.map(widths.length, i -> new WidthScanPoint(widths[i],
                new MassProfile(m -> BrModel.of(full.withX(m, widths[i]))).refine(coarseGrid)), progress);
        RefinedBestMass line = scan.get(0).best();
        BrModel atBest = BrModel.of(full.withX(line.mass()));
        double known = org.darkflav.infer.ProfileLikelihood.of(atBest.model()).fit(atBest.model().observedData())
                .minimum();
        MassBrGrid grid = MassBrGrid.compute(m -> BrModel.of(full.withX(m)), contourMasses.masses(),
                contourBrs, known, runner, progress);
        return new FullLikelihoodResults(line, scan, grid, comparison, peak(alpaca));
    }

    /** {mass, Br} of the largest best fit of {@code curve} below {@link #ALPACA_RELIABLE_MAX_MASS}. */
    static double[] peak(FitCurve curve) {
        double[] m = curve.massGeV();
        double[] b = curve.best();
        int k = 0;
        for (int i = 1; i < m.length && m[i] <= ALPACA_RELIABLE_MAX_MASS; i++) {
            if (b[i] > b[k]) {
                k = i;
            }
        }
        return new double[] {m[k], b[k]};
    }

    /** The ALPaca curve name the study compares with. */
    public static AlpacaCurve alpacaCurve() {
        return AlpacaCurve.ALPACA_BELLE2_RECAST_2025;
    }
}
