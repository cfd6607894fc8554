package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Toy-based hypothesis tests on pyhf's 1bin_shapesys validation model (test statistic q, μ = 1). */
class ToyCalculatorTest {

    private final UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.oneBinShapesys();
    private final ProfileLikelihood likelihood = new ProfileLikelihood(model, new ProjectedNewtonMinimizer());

    @Test
    void toyClsAgreesWithAsymptoticsWithinMonteCarloError() {
        HypoTestResult toys = new HypoTest(likelihood, new LocalTaskRunner(2))
                .test(1.0, TestStatistic.QMU, new Calculator.Toys(10_000, 42), ProgressListener.NONE);
        HypoTestResult asymptotic = new HypoTest(likelihood, TaskRunner.sequential())
                .test(1.0, TestStatistic.QMU, Calculator.asymptotic(), ProgressListener.NONE);
        ToyResult t = toys.toys().orElseThrow();
        assertThat(t.failedFits()).isZero();
        assertThat(t.nullDistribution()).hasSize(10_000);
        // Monte-Carlo error of CLs for 1e4 toys: binomial errors of CLsb and CLb propagated (about 0.01 here)
        assertThat(t.clsError()).isBetween(0.002, 0.02);
        // Agreement within 2 standard deviations of the toy error (asymptotic value: pyhf/ROOT 0.45418893)
        assertThat(toys.cls()).isCloseTo(asymptotic.cls(), within(2 * t.clsError()));
        assertThat(toys.clsb()).isCloseTo(asymptotic.clsb(), within(3 * t.clsbError() + 0.01));
        // the observed test statistic is computed on the data whatever the calculator
        assertThat(toys.testStatisticObserved()).isCloseTo(asymptotic.testStatisticObserved(), within(1e-12));
        // the expected median CLs of the toys is near the asymptotic one; discreteness of Poisson counts
        // in one bin makes the toy band step-like, so only a loose check
        assertThat(toys.clsExpected().median()).isCloseTo(asymptotic.clsExpected().median(), within(0.05));
    }

    @Test
    void resultsAreIdenticalWithOneAndTwoThreads() {
        Calculator.Toys calc = new Calculator.Toys(300, 12345L);
        HypoTestResult one = new HypoTest(likelihood, new LocalTaskRunner(1))
                .test(1.0, TestStatistic.QMU, calc, ProgressListener.NONE);
        HypoTestResult two = new HypoTest(likelihood, new LocalTaskRunner(2))
                .test(1.0, TestStatistic.QMU, calc, ProgressListener.NONE);
        assertThat(two.toys().orElseThrow().nullDistribution())
                .isEqualTo(one.toys().orElseThrow().nullDistribution());
        assertThat(two.toys().orElseThrow().alternativeDistribution())
                .isEqualTo(one.toys().orElseThrow().alternativeDistribution());
        assertThat(two.cls()).isEqualTo(one.cls());
        assertThat(two.clsExpected()).isEqualTo(one.clsExpected());
        HypoTestResult otherSeed = new HypoTest(likelihood, new LocalTaskRunner(2))
                .test(1.0, TestStatistic.QMU, new Calculator.Toys(300, 54321L), ProgressListener.NONE);
        assertThat(otherSeed.toys().orElseThrow().nullDistribution())
                .isNotEqualTo(one.toys().orElseThrow().nullDistribution());
    }

    @Test
    void pValuesFollowPyhfEmpiricalDistribution() {
        // EmpiricalDistribution.pvalue: fraction of samples >= value
        double[] sorted = {0.0, 0.0, 1.0, 2.0, 3.0};
        assertThat(ToyCalculator.tailFraction(sorted, 0.0)).isEqualTo(1.0);
        assertThat(ToyCalculator.tailFraction(sorted, 1.0)).isEqualTo(0.6);
        assertThat(ToyCalculator.tailFraction(sorted, 2.5)).isEqualTo(0.2);
        assertThat(ToyCalculator.tailFraction(sorted, 4.0)).isEqualTo(0.0);
        // np.percentile([1, 2, 3, 4, 5], [2.27501319, 15.86552539, 50, 84.13447461, 97.72498681])
        // = [1.09100053, 1.63462102, 3, 4.36537898, 4.90899947]
        double[] p = ToyCalculator.percentiles(new double[] {5, 3, 1, 4, 2});
        double[] expected = {1.09100053, 1.63462102, 3, 4.36537898, 4.90899947};
        for (int i = 0; i < 5; i++) {
            assertThat(p[i]).isCloseTo(expected[i], within(1e-8));
        }
    }

    @Test
    void toysOfTheDiscoveryTestGiveP0NearTheAsymptoticValue() {
        UncorrelatedBackgroundModel q0Model = new UncorrelatedBackgroundModel(new double[] {25}, new double[] {50},
                new double[] {7}, new double[] {80}, 0, 10);
        ProfileLikelihood pl = new ProfileLikelihood(q0Model, new ProjectedNewtonMinimizer());
        SignificanceResult r = new Significance(new HypoTest(pl, new LocalTaskRunner(2)), new Calculator.Toys(2000, 0))
                .discovery(q0Model.observedData(), ProgressListener.NONE);
        // pyhf's own toy run (seed 0, numpy generator, so not reproducible here) gave p0 = 0.004; the
        // asymptotic value is 0.0039369. With 2000 toys the binomial error is about 0.0014.
        assertThat(r.p0Observed()).isCloseTo(0.0039369, within(3 * 0.0014));
    }

    @Test
    void profiledToysAlsoAgreeWithAsymptotics() {
        // RooStats/Combine convention: nuisance parameters at θ̂̂ fitted to the observed data
        HypoTestResult toys = new HypoTest(likelihood, new LocalTaskRunner(2)).test(1.0, TestStatistic.QMU,
                new Calculator.Toys(1000, 7, Calculator.ToyParameters.PROFILED), ProgressListener.NONE);
        ToyResult t = toys.toys().orElseThrow();
        assertThat(t.parameters()).isEqualTo(Calculator.ToyParameters.PROFILED);
        // asymptotic CLs from ROOT (pyhf validation 1bin_shapesys): 0.45418892944576333
        assertThat(toys.cls()).isCloseTo(0.45418892944576333, within(3 * t.clsError()));
    }
}
