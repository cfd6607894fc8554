package org.darkflav.workflow;

import java.util.List;
import java.util.OptionalDouble;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import org.darkflav.physics.models.B3MinusL3Inputs;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.physics.rates.B3MinusL3Point;
import org.darkflav.physics.rates.B3MinusL3Predictions;
import org.darkflav.physics.rates.PhysicsInputs;
import org.darkflav.recast.analysis.KstarXResults;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.couplings.AlpDecayConstants;
import org.darkflav.recast.couplings.AlpScan;
import org.darkflav.recast.couplings.CouplingInterpretationResult;
import org.darkflav.recast.couplings.CouplingInterpretations;
import org.darkflav.recast.projection.DatasetLuminosity;
import org.darkflav.recast.projection.Projection;
import org.darkflav.recast.projection.ProjectionResult;
import org.darkflav.recast.projection.SystematicsScaling;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.recast.scan.ScanResult;

/** The model side of the reproduction: couplings and Fig. 2, ALP decay constants, B3 − L3, the outlook. */
final class ModelStage {

    private final RecastAnalyses analyses;
    private final ReproductionConfig config;
    private final PaperValues paper;

    ModelStage(RecastAnalyses analyses, ReproductionConfig config, PaperValues paper) {
        this.analyses = analyses;
        this.config = config;
        this.paper = paper;
    }

    /**
     * @param combined the combined B → K X scan, for the ALP decay constants against mass
     * @param kstar the B → K* X limits on their grid
     */
    ModelInterpretation compute(ScanResult combined, KstarXResults kstar, TaskRunner runner,
            ProgressListener progress) {
        PhysicsInputs physics = PhysicsInputs.defaults();
        CouplingInterpretationResult couplings = new CouplingInterpretations(analyses, physics)
                .at(ReproducedAnalysis.COMBINED.id(), paper.massGeV()).run();
        B3MinusL3Point b3l3 = B3MinusL3Predictions.defaults().evaluate(B3MinusL3Inputs.defaults());
        DatasetLuminosity now = DatasetLuminosity.belle2Bknunu2023(analyses.bundles());
        var method = analyses.paperMethod(PaperReading.HEADLINE);
        String note = "Belle II 12-bin ITA simplified model (paper method, " + PaperReading.HEADLINE + " reading)";
        // the outlook's signal at every mass is the paper's Belle II-only best fit, so that masses compare
        OptionalDouble signal = OptionalDouble.of(paper.belle2X().value());
        String ita = ReproducedAnalysis.BELLE2_ITA.id();
        ProjectionResult fixed = new Projection(now, SystematicsScaling.STAT_ONLY_SCALING).run(ita, true, note,
                method::withX, config.outlookMasses(), config.outlookLumisAb(), signal, runner, progress);
        ProjectionResult scaled = new Projection(now, SystematicsScaling.SYSTEMATICS_SCALE_WITH_SQRT_L).run(ita, true,
                note, method::withX, config.outlookMasses(), config.outlookLumisAb(), signal, runner,
                ProgressListener.NONE);
        // F_V and the F_A bound against m_a: the two-step route on the scans (form factors central)
        List<AlpDecayConstants> alp = AlpScan.of(physics, combined.points(), kstar.scan());
        return new ModelInterpretation(couplings, alp, b3l3, fixed, scaled);
    }
}
