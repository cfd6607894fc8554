package org.darkflav.recast.lee;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.infer.StatisticalModel;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.recast.scan.ScanAnalysis;
import org.darkflav.recast.scan.WorkspaceAnalysis;

/**
 * The models of a recast analysis by name (see {@link RecastAnalyses#NAMES}), built from the analysis
 * bundles in the jar: the generated workspace of each mass, compiled. Only analyses with their own data
 * qualify: BaBar's likelihood (and so the combinations with it) is an approximate curve in Br without
 * data to draw toys from.
 *
 * @param analysis the analysis name, e.g. {@code belle2-full}
 */
public record RecastScanModels(String analysis) implements ScanModelSource {

    private static final long serialVersionUID = 1L;

    /** The analyses of {@link RecastAnalyses} that are workspaces with data (the others involve BaBar's curve). */
    private static final List<String> WITH_DATA = List.of("belle2-ita", "belle2-ita-literal", "belle2-full");

    /** The names this source accepts. */
    public static List<String> names() {
        return WITH_DATA;
    }

    public RecastScanModels {
        if (!RecastAnalyses.NAMES.contains(analysis)) {
            throw new IllegalArgumentException("unknown analysis '" + analysis + "'; known: "
                    + String.join(", ", names()));
        }
        if (!WITH_DATA.contains(analysis)) {
            throw new IllegalArgumentException("analysis '" + analysis + "' includes BaBar's approximate likelihood,"
                    + " a curve in Br without data, so background-only toys cannot be drawn for it; use one of "
                    + String.join(", ", names()));
        }
    }

    @Override
    public ScanModels build(double[] masses) {
        WorkspaceAnalysis a = workspaceAnalysis(new RecastAnalyses(new AnalysisBundles()).byName(analysis));
        List<StatisticalModel> models = new ArrayList<>(masses.length);
        for (double m : masses) {
            if (m < a.minMass() - 1e-12 || m > a.maxMass() + 1e-12) {
                throw new IllegalArgumentException("m_X = " + m + " GeV is outside the range of analysis '" + analysis
                        + "' [" + a.minMass() + ", " + a.maxMass() + "] GeV");
            }
            models.add(a.workspaces().apply(m).compile());
        }
        return ScanModels.of(masses, models);
    }

    private WorkspaceAnalysis workspaceAnalysis(ScanAnalysis a) {
        if (a instanceof WorkspaceAnalysis w) {
            return w;
        }
        throw new IllegalStateException("analysis '" + analysis + "' is not built from workspaces");
    }
}
