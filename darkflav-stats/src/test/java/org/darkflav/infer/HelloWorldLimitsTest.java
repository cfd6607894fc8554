package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * Upper limits and discovery significance on pyhf's "hello world" model (pyhf-validation.md). pyhf's
 * numbers come from SLSQP fits (good to ~1e-5); "exact" numbers from the independent scipy derivation
 * described in {@link HelloWorldHypoTestTest} (brentq at xtol 1e-12 for the roots, np.interp for the
 * grid).
 */
class HelloWorldLimitsTest {

    private static final double[] PYHF_SCAN_EXP = {0.59576921, 0.76169166, 1.08504773, 1.50170482, 2.06654952};
    private static final double[] EXACT_SCAN_EXP = {0.5957745124680608, 0.7617008795326484, 1.08505723740363,
        1.5017216811080387, 2.0665687532624113};
    private static final double[] PYHF_ROOT_EXP = {0.5600747, 0.75702605, 1.06234693, 1.50116923, 2.05078912};
    private static final double[] EXACT_ROOT_EXP = {0.5598842550685648, 0.757029023456332, 1.0623550006589253,
        1.5011808271139047, 2.0508020217478347};

    private final UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.helloWorld();
    private final ProfileLikelihood likelihood = new ProfileLikelihood(model, new ProjectedNewtonMinimizer());

    @Test
    void gridScanLimitMatchesPyhf() {
        double[] grid = new double[21];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 0.25 * i; // np.linspace(0, 5, 21)
        }
        UpperLimitResult r = UpperLimit.asymptotic(likelihood).gridScan(model.observedData(), 0.95, grid,
                ProgressListener.NONE);
        // pyhf upper_limits.py upper_limit docstring: 1.01764089; exact 1.0176445861910888
        assertThat(r.observed()).isCloseTo(1.01764089, withinPercentage(2e-3));
        assertThat(r.observed()).isCloseTo(1.0176445861910888, withinPercentage(1e-4));
        for (int i = 0; i < 5; i++) {
            assertThat(r.expected().get(i)).isCloseTo(PYHF_SCAN_EXP[i], withinPercentage(2e-3));
            assertThat(r.expected().get(i)).isCloseTo(EXACT_SCAN_EXP[i], withinPercentage(1e-4));
        }
        assertThat(r.tests()).hasSize(21);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.method()).isEqualTo(UpperLimitResult.Method.GRID_SCAN);
    }

    @Test
    void rootFindingLimitMatchesPyhf() {
        UpperLimitResult r = UpperLimit.asymptotic(likelihood).rootFinding(model.observedData(), 0.95, 0, 5, 1e-8,
                ProgressListener.NONE);
        // pyhf toms748_scan(data, model, 0, 5, rtol=0.01) docstring: 1.01156939; exact (brentq) 1.0115718813820447
        assertThat(r.observed()).isCloseTo(1.01156939, withinPercentage(0.1));
        assertThat(r.observed()).isCloseTo(1.0115718813820447, withinPercentage(1e-4));
        for (int i = 0; i < 5; i++) {
            // pyhf's rtol=0.01 run: agreement at 1e-3 relative
            assertThat(r.expected().get(i)).isCloseTo(PYHF_ROOT_EXP[i], withinPercentage(0.1));
            assertThat(r.expected().get(i)).isCloseTo(EXACT_ROOT_EXP[i], withinPercentage(1e-4));
            HypoTestResult atLimit = HypoTest_at(r.expected().get(i));
            assertThat(atLimit.clsExpected().get(i)).isCloseTo(0.05, within(1e-8));
        }
        assertThat(r.warnings()).isEmpty();
    }

    private HypoTestResult HypoTest_at(double mu) {
        return new HypoTest(likelihood, TaskRunner.sequential()).test(mu, TestStatistic.QMU_TILDE,
                Calculator.asymptotic(), ProgressListener.NONE);
    }

    @Test
    void limitAboveThePoiBoundIsFoundByRaisingTheBound() {
        // Signal scaled by 1/10: μ s is unchanged, so every limit must be exactly 10 times the hello-world one
        // (above the POI bound 10 for the median and up), and the result must say the bound was raised.
        UncorrelatedBackgroundModel weak = model.withSignal(new double[] {1.2, 1.1});
        ProfileLikelihood weakLikelihood = new ProfileLikelihood(weak, new ProjectedNewtonMinimizer());
        UpperLimitResult r = UpperLimit.asymptotic(weakLikelihood).rootFinding(weak.observedData(), 0.95, 0, 10, 1e-8,
                ProgressListener.NONE);
        assertThat(r.observed()).isCloseTo(10 * 1.0115718813820447, withinPercentage(1e-4));
        assertThat(r.expected().plus2()).isCloseTo(10 * 2.0508020217478347, withinPercentage(1e-4));
        assertThat(r.poiUpperBound()).isGreaterThan(20.5);
        assertThat(r.warnings()).anyMatch(w -> w.contains("POI upper bound was raised"));

        double[] grid = {0, 5, 10, 15, 20, 25};
        UpperLimitResult scan = UpperLimit.asymptotic(weakLikelihood).gridScan(weak.observedData(), 0.95, grid,
                ProgressListener.NONE);
        assertThat(scan.poiUpperBound()).isEqualTo(25);
        assertThat(scan.warnings()).anyMatch(w -> w.contains("POI upper bound was raised"));
        assertThat(scan.expected().plus2()).isGreaterThan(20).isLessThan(25);
    }

    @Test
    void gridThatEndsBelowTheLimitIsReportedNotSilentlyClamped() {
        double[] grid = {0, 0.5, 1.0, 1.5};
        UpperLimitResult r = UpperLimit.asymptotic(likelihood).gridScan(model.observedData(), 0.95, grid,
                ProgressListener.NONE);
        assertThat(r.expected().plus2()).isEqualTo(1.5); // np.interp clamps ...
        assertThat(r.warnings()).anyMatch(w -> w.contains("expected +2σ") && w.contains("above the grid"));
    }

    @Test
    void discoverySignificanceMatchesPyhf() {
        UncorrelatedBackgroundModel excess = UncorrelatedBackgroundModel.withData(new double[] {60, 65});
        ProfileLikelihood pl = new ProfileLikelihood(excess, new ProjectedNewtonMinimizer());
        SignificanceResult r = new Significance(new HypoTest(pl, TaskRunner.sequential()), Calculator.asymptotic())
                .discovery(excess.observedData(), ProgressListener.NONE);
        // pyhf test_statistics.py q0 docstring: 2.98339447; exact (scipy) 2.98339481
        assertThat(r.q0Observed()).isCloseTo(2.98339447, within(1e-6));
        // asymptotically p0 = Φ(−√q0) and Z = √q0 (Cowan et al. 2011, as pyhf implements it)
        assertThat(r.p0Observed()).isCloseTo(StandardNormal.cdf(-Math.sqrt(2.98339481)), withinPercentage(1e-4));
        assertThat(r.zObserved()).isCloseTo(Math.sqrt(2.98339481), within(1e-6));
        assertThat(r.zExpectedMedian()).isCloseTo(Math.sqrt(r.test().testStatisticAsimov()), within(1e-9));
        assertThat(r.p0Expected().minus2()).isLessThan(r.p0Expected().median());
    }

    @Test
    void unconstrainableSignalGivesAClearErrorInsteadOfALimitAtTheBound() {
        UncorrelatedBackgroundModel tiny = model.withSignal(new double[] {1e-9, 1e-9});
        ProfileLikelihood pl = new ProfileLikelihood(tiny, new ProjectedNewtonMinimizer());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UpperLimit.asymptotic(pl)
                .rootFinding(tiny.observedData(), 0.95, 0, 10, 1e-4, ProgressListener.NONE))
                .isInstanceOf(InferenceException.class).hasMessageContaining("no upper limit found");
    }

    @Test
    void toyBasedGridLimitIsCloseToTheAsymptoticOne() {
        UncorrelatedBackgroundModel one = UncorrelatedBackgroundModel.oneBinShapesys();
        ProfileLikelihood pl = new ProfileLikelihood(one, new ProjectedNewtonMinimizer());
        double[] grid = {0.5, 1.5, 2.5, 3.5};
        UpperLimit toys = new UpperLimit(new HypoTest(pl, new LocalTaskRunner(2)), TestStatistic.QMU_TILDE,
                new Calculator.Toys(400, 11), new LocalTaskRunner(2));
        UpperLimitResult t = toys.gridScan(one.observedData(), 0.95, grid, ProgressListener.NONE);
        UpperLimitResult a = UpperLimit.asymptotic(pl).gridScan(one.observedData(), 0.95, grid, ProgressListener.NONE);
        assertThat(t.tests()).allMatch(r -> r.toys().isPresent());
        // 400 toys per point: CLs near 0.05 is known to about ±0.02, i.e. the limit to roughly ±0.4 here
        assertThat(t.observed()).isCloseTo(a.observed(), within(0.5));
    }
}
