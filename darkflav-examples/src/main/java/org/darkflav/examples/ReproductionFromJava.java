package org.darkflav.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.scan.MassGrid;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.report.ReproductionWriter;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproducer;
import org.darkflav.workflow.Reproduction;
import org.darkflav.workflow.ReproductionConfig;
import org.darkflav.workflow.StageListener;
import org.darkflav.workflow.StageTiming;

/**
 * The paper's reproduction from Java on coarse grids around m_X = 2 GeV, its headline numbers from the returned
 * record, and the report written into a folder (without figures, to be quick).
 *
 * <pre>java -cp darkflav.jar org.darkflav.examples.ReproductionFromJava out-dir</pre>
 */
public final class ReproductionFromJava {

    private ReproductionFromJava() {}

    public static void main(String[] args) {
        ReproductionConfig config = ReproductionConfig.quick().withGrid(new MassGrid(1.8, 2.2, 0.1))
                .withFullGrid(new MassGrid(2, 2, 1)).withFullLimits(false);
        Reproduction r = new Reproducer(config).run(new StageListener() {
            @Override
            public ProgressListener started(String name, String description) {
                return ProgressListener.NONE;
            }

            @Override
            public void finished(StageTiming t, String description) {
                System.out.printf(Locale.ROOT, "%-28s %6.1f s%n", t.stage(), t.seconds());
            }
        });
        for (ReproducedAnalysis a : ReproducedAnalysis.values()) {
            MassPoint p = r.atPaperMass(a);
            System.out.printf(Locale.ROOT, "%-20s m_X = %.2f GeV: Br = %.3e (-%.1e +%.1e), Z = %.2f%s%n", a.id(),
                    p.mass(), p.br(), p.errLo(), p.errHi(), p.zLocal(), r.scan(a).approximate() ? " (approximate)" : "");
        }
        if (args.length > 0) {
            new ReproductionWriter(false).write(r, Path.of(args[0]));
            System.out.println("wrote " + args[0]);
        }
    }
}
