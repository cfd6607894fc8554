package org.darkflav.recast.scan;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import org.darkflav.recast.analysis.Belle2ItaPaperMethod;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.templates.BinnedSignal;

/**
 * Signal-shape and resolution systematics of the {@code belle2-ita} scan (paper method,
 * {@link PaperReading#HEADLINE} reading; beyond the paper): the same best fit and Z per mass with the
 * B → K X shape swapped for each {@link ShapeVariant}, everything else (the reading's out-of-range policy
 * included) unchanged. No CLs limits.
 */
public final class ShapeSystematics {

    private final RecastAnalyses analyses;
    private final MassScan scan;

    public ShapeSystematics(RecastAnalyses analyses, TaskRunner runner) {
        this.analyses = analyses;
        this.scan = new MassScan(runner);
    }

    /**
     * Runs every variant at {@code masses} (GeV, increasing).
     *
     * @param variants the variants, nominal first (its values are the envelope's "nominal")
     */
    public ShapeEnvelope run(List<ShapeVariant> variants, double[] masses, ProgressListener progress) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("shape systematics: give at least one variant (the nominal first)");
        }
        List<ScanResult> scans = new ArrayList<>();
        for (ShapeVariant v : variants) {
            scans.add(scan.scan(analysis(v), masses, progress));
        }
        List<String> names = variants.stream().map(ShapeVariant::name).toList();
        List<ShapeEnvelopePoint> points = new ArrayList<>();
        for (int i = 0; i < masses.length; i++) {
            double[] br = new double[variants.size()];
            double[] z = new double[variants.size()];
            boolean converged = true;
            for (int k = 0; k < variants.size(); k++) {
                MassPoint p = scans.get(k).points().get(i);
                br[k] = p.br();
                z[k] = p.zLocal();
                converged &= p.converged();
            }
            points.add(new ShapeEnvelopePoint(masses[i], names, br, z, converged));
        }
        return new ShapeEnvelope(variants, points);
    }

    /** The {@code belle2-ita} analysis with the shape of {@code v}, without limits. */
    public WorkspaceAnalysis analysis(ShapeVariant v) {
        PaperMethodOptions headline = analyses.paperMethod(PaperReading.HEADLINE).options();
        Belle2ItaPaperMethod paper = analyses.paperMethod(headline.withSignal(
                new BinnedSignal(v.signal().shape(), headline.signal().policy())));
        WorkspaceAnalysis ita = (WorkspaceAnalysis) analyses.byName("belle2-ita");
        return new WorkspaceAnalysis("belle2-ita/" + v.name(), true, "belle2-ita with signal " + v.label(),
                ita.minMass(), ita.maxMass(), paper::withX, false);
    }
}
