package org.darkflav.recast.scan;

import java.util.List;
import java.util.function.DoubleFunction;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;

/**
 * Combinations the paper could not make, built up one input at a time so that what each adds can be read off:
 * Belle II's published likelihood alone, with BaBar's approximate likelihood, and with Belle 2017's K+ and K0
 * counts as well (the last is {@code combined_full_x}). Each step gets its refined best mass
 * ({@link MassProfile}) and its inference at 2 GeV; the coarse grid stays inside BaBar's curve.
 */
public final class CombinationLadder {

    /** The coarse grid of every step: inside BaBar's digitised curve (0.10–2.92 GeV). */
    public static final MassGrid GRID = new MassGrid(1.0, 2.9, 0.1);
    /** The paper's mass. */
    public static final double PAPER_MASS = 2.0;

    private final RecastAnalyses analyses;
    private final TaskRunner runner;

    public CombinationLadder(RecastAnalyses analyses, TaskRunner runner) {
        this.analyses = analyses;
        this.runner = runner;
    }

    /** The three steps, in order: belle2-full, combined-full, combined-full-belle. */
    public List<CombinationStep> run(ProgressListener progress) {
        return run(null, progress);
    }

    /**
     * The same, reusing {@code belle2Full}, the refined best mass of Belle II's likelihood alone on {@link #GRID}
     * (e.g. {@link FullLikelihoodStudy}'s line), or computing it if null.
     */
    public List<CombinationStep> run(RefinedBestMass belle2Full, ProgressListener progress) {
        if (belle2Full != null && !java.util.Arrays.equals(belle2Full.gridMasses(), GRID.masses())) {
            throw new IllegalArgumentException("the Belle II refinement to reuse must come from the ladder's grid " + GRID);
        }
        WorkspaceAnalysis alone = analyses.fullLikelihoodAnalysis();
        CombinedAnalysis babar = (CombinedAnalysis) analyses.byName("combined-full");
        CombinedAnalysis belle = (CombinedAnalysis) analyses.byName("combined-full-belle");
        List<Step> steps = List.of(
                new Step(alone.name(), false, alone.note(), m -> BrModel.of(alone.workspaces().apply(m)), belle2Full),
                new Step(babar.name(), true, babar.note(), babar::model, null),
                new Step(belle.name(), true, belle.note(), belle::model, null));
        return runner.map(steps.size(), i -> steps.get(i).run(), progress);
    }

    private record Step(String name, boolean approximate, String note, DoubleFunction<BrModel> models,
            RefinedBestMass known) {
        CombinationStep run() {
            RefinedBestMass best = known != null ? known : new MassProfile(models).refine(GRID);
            BrModel at = models.apply(PAPER_MASS);
            return new CombinationStep(name, approximate, note, best,
                    PointInference.at(PAPER_MASS, at.model(), at.brPerPoiUnit(), false));
        }
    }
}
