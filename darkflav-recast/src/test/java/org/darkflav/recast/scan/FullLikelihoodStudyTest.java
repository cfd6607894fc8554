package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProgressListener;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class FullLikelihoodStudyTest {
    private static final AnalysisBundles BUNDLES = new AnalysisBundles();
    private static final FullLikelihoodResults RESULT = FullLikelihoodStudy.DEFAULT.run(
            new RecastAnalyses(BUNDLES).fullLikelihood(), BUNDLES.gaertner2026(),
            BUNDLES.fitCurve(FullLikelihoodStudy.alpacaCurve()), new LocalTaskRunner(2), ProgressListener.NONE);

    @Test
    void widthScanStartsWithTheLineAndWidensTheMassInterval() {
        assertThat(RESULT.widthScan()).extracting(WidthScanPoint::widthGeV).containsExactly(0.0, 0.1, 0.5);
        assertThat(RESULT.widthScan().get(0).best()).isSameAs(RESULT.bestMass());
        // a wider X spreads its events over more q2 bins: the preferred Br grows and the mass interval widens
        // (exploration run: line 2.11 GeV, 8.42e-6, [2.00, 2.20]; 0.5 GeV: 2.22 GeV, 1.05e-5, [2.07, 2.47])
        RefinedBestMass line = RESULT.bestMass();
        RefinedBestMass wide = RESULT.widthScan().get(2).best();
        assertThat(wide.point().br()).isGreaterThan(line.point().br());
        assertThat(wide.upper() - wide.lower()).isGreaterThan(line.upper() - line.lower());
        // Gaertner et al. (bundle): m_X = 2.1 (+0.2 -0.1) GeV, 3.0 sigma; every width lands inside that interval and
        // their likelihood-ratio significance is the two-parameter one of ours (q0 = 12.97 -> 2.96 sigma)
        for (WidthScanPoint w : RESULT.widthScan()) {
            assertThat(w.best().mass()).isBetween(2.0, 2.3);
            assertThat(w.best().zTwoParameters()).isCloseTo(RESULT.gaertner().significance(), within(0.1));
        }
    }

    @Test
    void contoursAreRelativeToTheBestFitAndFlatAtZeroBr() {
        MassBrGrid g = RESULT.contours();
        assertThat(g.converged()).isTrue();
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < g.brs().length; j++) {
            for (int i = 0; i < g.masses().length; i++) {
                min = Math.min(min, g.at(j, i));
            }
        }
        // the grid's smallest value is at most the refined best fit's distance from the grid (>= 0, small)
        assertThat(min).isBetween(0.0, 0.2);
        // at Br = 0 the model does not depend on m_X: Delta chi2 equals q0 at the best mass everywhere
        for (int i = 0; i < g.masses().length; i++) {
            assertThat(g.at(0, i)).isCloseTo(RESULT.bestMass().point().q0(), within(2e-3));
        }
    }

    @Test
    void alpacaPeakIsReadOffItsCurve() {
        // BelleII_BtoKinv.txt row 22: 2.050998 GeV, 7.008296e-6 (the largest best fit below 4 GeV)
        assertThat(RESULT.alpacaPeak()[0]).isCloseTo(2.050998, within(1e-6));
        assertThat(RESULT.alpacaPeak()[1]).isCloseTo(7.008296e-6, within(1e-12));
    }
}
