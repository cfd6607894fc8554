package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class MassScanTest {
    private static final RecastAnalyses ANALYSES = new RecastAnalyses(new AnalysisBundles());
    private static final MassScan SCAN = new MassScan(new LocalTaskRunner(2));
    private static final MassGrid AROUND_2_GEV = new MassGrid(1.9, 2.1, 0.1);

    @Test
    void paperReproductionAtTwoGeV() {
        long t = System.nanoTime();
        ScanResult r = SCAN.scan(ANALYSES.byName("belle2-ita"), AROUND_2_GEV, ProgressListener.NONE);
        System.err.println("ita " + (System.nanoTime() - t) / 1e9 + " s " + r);
        MassPoint p = r.at(2.0);
        // independent scipy fit of the same workspace (doc/recast.md, PAPER_REPRODUCTION row): Br = 9.42e-6, Z = 3.56
        assertThat(p.br()).isCloseTo(9.42e-6, within(0.02e-6));
        assertThat(p.zLocal()).isCloseTo(3.56, within(0.01));
        assertThat(p.converged()).isTrue();
    }

    @Test
    void fullLikelihoodAtTwoGeV() {
        long t = System.nanoTime();
        var full = ((WorkspaceAnalysis) ANALYSES.byName("belle2-full")).withLimits(false);
        ScanResult r = SCAN.scan(full, new MassGrid(2.0, 2.0, 1), ProgressListener.NONE);
        System.err.println("full " + (System.nanoTime() - t) / 1e9 + " s " + r);
        MassPoint p = r.at(2.0);
        // test-scope BFGS fit of the same model (FullLikelihoodFitTest, doc/recast.md): Br = 8.51e-6, Z = 3.46
        assertThat(p.br()).isCloseTo(8.51e-6, within(0.02e-6));
        assertThat(p.zLocal()).isCloseTo(3.46, within(0.01));
    }

    @Test
    void combinedAndBabar() {
        long t = System.nanoTime();
        ScanResult c = SCAN.scan(ANALYSES.byName("combined"), AROUND_2_GEV, ProgressListener.NONE);
        ScanResult b = SCAN.scan(ANALYSES.byName("babar"), AROUND_2_GEV, ProgressListener.NONE);
        System.err.println("comb " + (System.nanoTime() - t) / 1e9 + " s " + c + b);
    }

    @Test
    void smOnly() {
        BrFit f = BrFit.of(ANALYSES.paperMethod(PaperMethodOptions.PAPER_REPRODUCTION).smOnly());
        System.err.println(f);
        // scipy fit (doc/recast.md, SQRT_YIELD rows): 2.801e-5
        assertThat(f.br()).isCloseTo(2.801e-5, within(0.005e-5));
    }
}
