package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.darkflav.fit.FitResult;
import org.darkflav.fit.Objective;
import org.junit.jupiter.api.Test;

/**
 * pyhf's README "hello world" model (uncorrelated_background([12, 11], [50, 52], [3, 7]), data [51, 48]).
 *
 * <p>Two references: (1) the numbers pyhf prints (README and docstrings, pyhf-validation.md "hello
 * world"), computed with SLSQP at ftol 1e-6, hence only good to ~1e-5 relative in fitted quantities;
 * (2) an independent derivation with scipy L-BFGS-B at ftol 1e-15 / gtol 1e-12 on the same likelihood
 * written out in numpy (a script written for this test; "exact" below), which a converged minimiser must
 * match to ~1e-7. The pyhf values of CLs differ from the exact ones by 1e-5 (observed) to 3e-5
 * (expected, through the loosely converged Asimov fit: pyhf's γ₂ = 0.96264534 against 0.96268088).
 */
class HelloWorldHypoTestTest {

    private final UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.helloWorld();
    private final ProfileLikelihood likelihood = new ProfileLikelihood(model, new ProjectedNewtonMinimizer());
    private final HypoTest hypoTest = new HypoTest(likelihood, TaskRunner.sequential());

    @Test
    void twiceNllAtInitMatchesPyhf() {
        Objective nll = model.twiceNll(model.observedData());
        // pyhf infer/mle.py twice_nll docstring: 30.77525435
        assertThat(nll.value(model.suggestedInit())).isCloseTo(30.77525435, within(1e-7));
    }

    @Test
    void analyticGradientMatchesFiniteDifferences() {
        Objective nll = model.twiceNll(model.observedData());
        double[] x = {0.7, 1.05, 0.9};
        double[] g = new double[3];
        nll.valueAndGradient(x, g);
        for (int i = 0; i < 3; i++) {
            double h = 1e-6;
            double[] up = x.clone();
            double[] dn = x.clone();
            up[i] += h;
            dn[i] -= h;
            assertThat(g[i]).isCloseTo((nll.value(up) - nll.value(dn)) / (2 * h), within(1e-5));
        }
    }

    @Test
    void freeAndFixedFitsMatchPyhf() {
        double[] data = model.observedData();
        FitResult free = likelihood.fit(data);
        // pyhf infer/mle.py fit docstring: [0, 1.0030512, 0.96266961], 2NLL 24.98393521
        assertThat(free.minimum()).isCloseTo(24.98393521, within(1e-7));
        assertThat(free.values()[0]).isCloseTo(0.0, within(1e-9));
        assertThat(free.values()[1]).isCloseTo(1.0030512, within(1e-5));
        assertThat(free.values()[2]).isCloseTo(0.96266961, within(3e-5));
        FitResult fixed = likelihood.fixedPoiFit(data, 1.0);
        // pyhf fixed_poi_fit docstring: [1, 0.97224597, 0.87553894], 28.92218013
        assertThat(fixed.minimum()).isCloseTo(28.92218013, within(1e-7));
        assertThat(fixed.values()[1]).isCloseTo(0.97224597, within(1e-5));
        assertThat(fixed.values()[2]).isCloseTo(0.87553894, within(1e-5));
    }

    @Test
    void qmuTildeMatchesPyhf() {
        TestStatisticValue q = likelihood.testStatistic(TestStatistic.QMU_TILDE, model.observedData(), 1.0);
        // pyhf test_statistics.py qmu_tilde docstring: 3.93824492 (exact: 3.93824493)
        assertThat(q.value()).isCloseTo(3.93824492, within(2e-7));
    }

    @Test
    void qmuAndTmuWithPoiBoundsMinus10To10MatchPyhf() {
        ProfileLikelihood wide = new ProfileLikelihood(model.withPoiBounds(-10, 10), new ProjectedNewtonMinimizer());
        double[] data = model.observedData();
        // pyhf test_statistics.py qmu / tmu docstrings: 3.9549891; free fit [-0.06679525, 1.00555369, 0.96930896]
        // (exact: 3.95498923, μ̂ = -0.0668701)
        assertThat(wide.testStatistic(TestStatistic.QMU, data, 1.0).value()).isCloseTo(3.9549891, within(3e-7));
        assertThat(wide.testStatistic(TestStatistic.TMU, data, 1.0).value()).isCloseTo(3.9549891, within(3e-7));
        assertThat(wide.fit(data).values()[0]).isCloseTo(-0.06679525, within(2e-4));
    }

    @Test
    void asimovParametersMatchPyhf() {
        AsimovData asimov = AsimovData.build(likelihood, model.observedData(), 0.0);
        double[] p = asimov.fit().values();
        // pyhf AsymptoticCalculator docstring: [0, 1.0030482, 0.96264534]; exact [0, 1.00305085, 0.96268088]
        assertThat(p[1]).isCloseTo(1.0030482, withinPercentage(1e-3));
        assertThat(p[2]).isCloseTo(0.96264534, withinPercentage(5e-3));
        assertThat(p[2]).isCloseTo(0.96268088, within(1e-7));
        // Asimov aux data are the expected aux data γ̂̂ τ, not the observed τ (pyhf's Asimov data, doc/likelihood.md)
        assertThat(asimov.data()[3]).isCloseTo(p[2] * model.tau()[1], within(1e-9));
    }

    @Test
    void asymptoticHypotestMatchesPyhf() {
        HypoTestResult r = hypoTest.test(1.0, TestStatistic.QMU_TILDE, Calculator.asymptotic(), ProgressListener.NONE);
        // pyhf README / AsymptoticCalculator.pvalues docstring: CLsb 0.02332502, CLb 0.4441594, CLs 0.05251497423736956
        assertThat(r.cls()).isCloseTo(0.05251497423736956, withinPercentage(2e-3));
        assertThat(r.clsb()).isCloseTo(0.02332502, withinPercentage(2e-3));
        assertThat(r.clb()).isCloseTo(0.4441594, withinPercentage(2e-3));
        // exact (scipy, tight): CLs 0.052515525144, CLsb 0.023324962694, CLb 0.444153659886, t̃ 0.140446374
        assertThat(r.cls()).isCloseTo(0.052515525144, withinPercentage(1e-5));
        assertThat(r.clsb()).isCloseTo(0.023324962694, withinPercentage(1e-5));
        assertThat(r.clb()).isCloseTo(0.444153659886, withinPercentage(1e-5));
        assertThat(r.fitsConverged()).isTrue();
        // pyhf README band (pyhf cls JSON output) ...
        double[] pyhfBand = {0.0026062609501074576, 0.01382005356161206, 0.06445320535890459, 0.23525643861460702,
            0.573036205919389};
        // ... and the exact band
        double[] exactBand = {0.0026064045838412888, 0.013820640036009304, 0.06445515476435403, 0.23526090310995923,
            0.573041654964985};
        for (int i = 0; i < 5; i++) {
            assertThat(r.clsExpected().get(i)).isCloseTo(pyhfBand[i], withinPercentage(6e-3));
            assertThat(r.clsExpected().get(i)).isCloseTo(exactBand[i], withinPercentage(1e-5));
        }
    }

    @Test
    void asimovTestStatisticAndDistributionTails() {
        HypoTestResult r = hypoTest.test(1.0, TestStatistic.QMU_TILDE, Calculator.asymptotic(), ProgressListener.NONE);
        // exact (scipy, tight): q̃_A(μ = 1) = 3.41886907
        assertThat(r.testStatisticAsimov()).isCloseTo(3.41886907, within(1e-6));
        // pyhf AsymptoticCalculator.distributions docstring: at t̃ = 1, s+b tail 0.00219262 and b tail 0.15865525.
        // The s+b tail depends on √q_A, which pyhf gets from its loosely converged Asimov fit: 4e-5 relative.
        double sqrtQA = Math.sqrt(r.testStatisticAsimov());
        assertThat(StandardNormal.cdf(-(1 + sqrtQA))).isCloseTo(0.00219262, withinPercentage(1e-2));
        assertThat(StandardNormal.cdf(-1)).isCloseTo(0.15865525, within(1e-8));
    }

    @Test
    void fitsToAsimovDataMatchPyhf() {
        AsimovData asimov = AsimovData.build(likelihood, model.observedData(), 0.0);
        FitResult free = likelihood.fit(asimov.data());
        FitResult fixed = likelihood.fixedPoiFit(asimov.data(), 1.0);
        // pyhf AsymptoticCalculator docstring: free fit [0, 1.00304893, 0.96263365], fixed μ = 1 [1, 0.97276864,
        // 0.87142047] (SLSQP); exact (scipy, tight): [0, 1.00305085, 0.96268088] and [1, 0.97277156, 0.87145443],
        // 2NLL 24.792677289 and 28.211546361
        assertThat(free.values()[0]).isCloseTo(0.0, within(1e-9));
        assertThat(free.values()[1]).isCloseTo(1.00304893, within(3e-6));
        assertThat(free.values()[2]).isCloseTo(0.96263365, within(6e-5));
        assertThat(fixed.values()[1]).isCloseTo(0.97276864, within(3e-6));
        assertThat(fixed.values()[2]).isCloseTo(0.87142047, within(4e-5));
        assertThat(free.values()[2]).isCloseTo(0.96268088, within(1e-7));
        assertThat(fixed.values()[2]).isCloseTo(0.87145443, within(1e-7));
        assertThat(free.minimum()).isCloseTo(24.792677289, within(1e-8));
        assertThat(fixed.minimum()).isCloseTo(28.211546361, within(1e-8));
    }

    @Test
    void transformedTestStatisticMatchesPyhf() {
        AsymptoticCalculator calc = new AsymptoticCalculator(likelihood, model.observedData(), TestStatistic.QMU_TILDE);
        HypoTestResult r = calc.test(1.0);
        double t = calc.transformed(r.testStatisticObserved(), r.testStatisticAsimov());
        // pyhf AsymptoticCalculator.teststatistic docstring: 0.14043184 (with its loosely converged q_A);
        // exact (scipy, tight) 0.140446374
        assertThat(t).isCloseTo(0.14043184, withinPercentage(2e-2));
        assertThat(t).isCloseTo(0.140446374, within(1e-7));
        // q̃ branch: √q > √q_A, so t̃ = (q − q_A) / (2 √q_A)
        assertThat(Math.sqrt(r.testStatisticObserved())).isGreaterThan(Math.sqrt(r.testStatisticAsimov()));
        assertThat(calc.transformed(1.0, 4.0)).isEqualTo(-1.0); // √q ≤ √q_A: t̃ = √q − √q_A
    }
}
