package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * pyhf validation cases {@code 1bin_shapesys} and {@code 1bin_shapesys_q0}, test statistic q (not q̃).
 *
 * <p>References: (1) the ROOT/RooStats numbers pyhf's tests/test_validation.py asserts (pyhf-validation.md),
 * with tolerances 1e-6 and 3e-4; (2) "exact": an independent numpy/scipy derivation of the same
 * likelihood, fits by L-BFGS-B at ftol 1e-15 / gtol 1e-12 (written for these tests).
 *
 * <p>Why not pyhf's 1e-6: the <em>observed</em> test statistics agree with the values implied by ROOT's
 * observed CLs and p0 to 4e-9 (q) and 2e-7 (q0), but the <em>Asimov</em> test statistics implied by
 * ROOT's expected bands differ from the converged ones: q_A = 0.9569135 (ROOT) vs 0.9569336 (exact) and
 * q0_A = 4.929253 vs 4.928920. Both our value and the scipy value are converged minima (gradient below
 * 1e-9), so the difference is the reference fitters' stopping rule (Minuit EDM, SLSQP ftol 1e-6); it
 * moves the observed CLs by 5e-6 and the expected values by up to 3.4e-5 (q) and 3.3e-4 (q0, which pyhf
 * itself tests at 3e-4 only). We therefore assert the ROOT numbers at 1e-5 (observed) and 5e-5 / 5e-4
 * (bands) and the exact numbers at 1e-6.
 */
class OneBinShapesysTest {

    @Test
    void clsObservedAndBandMatchRoot() {
        UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.oneBinShapesys();
        HypoTest test = new HypoTest(new ProfileLikelihood(model, new ProjectedNewtonMinimizer()),
                TaskRunner.sequential());
        HypoTestResult r = test.test(1.0, TestStatistic.QMU, Calculator.asymptotic(), ProgressListener.NONE);
        assertThat(r.cls()).isCloseTo(0.45418892944576333, withinPercentage(1e-3));
        assertThat(r.cls()).isCloseTo(0.4541865319578157, withinPercentage(1e-4));
        double[] root = {0.06372011644331387, 0.1509686618126131, 0.3279657430196915, 0.604613569829645,
            0.8662652332047568};
        double[] exact = {0.06371798428741379, 0.15096501739844975, 0.32796067198004486, 0.6046087081832551,
            0.8662627492276082};
        for (int i = 0; i < 5; i++) {
            assertThat(r.clsExpected().get(i)).isCloseTo(root[i], withinPercentage(5e-3));
            assertThat(r.clsExpected().get(i)).isCloseTo(exact[i], withinPercentage(1e-4));
        }
    }

    @Test
    void discoveryP0AndBandMatchRoot() {
        UncorrelatedBackgroundModel model = new UncorrelatedBackgroundModel(new double[] {25}, new double[] {50},
                new double[] {7}, new double[] {80}, 0, 10);
        Significance significance = new Significance(
                new HypoTest(new ProfileLikelihood(model, new ProjectedNewtonMinimizer()), TaskRunner.sequential()),
                Calculator.asymptotic());
        SignificanceResult r = significance.discovery(model.observedData(), ProgressListener.NONE);
        assertThat(r.p0Observed()).isCloseTo(0.003936883191585841, withinPercentage(1e-3));
        assertThat(r.p0Observed()).isCloseTo(0.00393687844020446, withinPercentage(1e-4));
        double[] root = {1.2204714710520103e-05, 0.0006405237426269669, 0.013202867164405075, 0.11119604157594337,
            0.41286079728391695};
        double[] exact = {1.220877050053633e-05, 0.0006406911282185338, 0.01320540852446048, 0.1112102360676618,
            0.41288996342755885};
        for (int i = 0; i < 5; i++) {
            assertThat(r.p0Expected().get(i)).isCloseTo(root[i], withinPercentage(5e-2));
            assertThat(r.p0Expected().get(i)).isCloseTo(exact[i], withinPercentage(1e-4));
        }
    }
}
