package org.darkflav.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import org.darkflav.fit.FitResult;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathRuntimeException;

/**
 * CLs upper limits on the POI, observed and expected, as pyhf's {@code upper_limit}: by root finding
 * (bracket expansion then a bracketing solver per curve, like {@code toms748_scan}) or by a grid scan with
 * linear interpolation (like {@code np.interp}). Unlike pyhf it never stops at the POI's upper bound: it
 * raises the bound and says so in the result.
 */
public final class UpperLimit {

    private static final int CURVES = 1 + ExpectedBand.SIZE;
    /** t̃ of the background-only distribution for the expected curves −2σ … +2σ. */
    private static final double[] EXPECTED_SIGMAS = {2, 1, 0, -1, -2};
    private static final int MAX_EXPANSIONS = 20;
    private static final double ABSOLUTE_TOLERANCE = 2e-12;

    private final HypoTest hypoTest;
    private final TestStatistic statistic;
    private final Calculator calculator;
    private final TaskRunner runner;

    public UpperLimit(HypoTest hypoTest, TestStatistic statistic, Calculator calculator, TaskRunner runner) {
        HypoTest.requireTestable(hypoTest.likelihood(), statistic);
        this.hypoTest = hypoTest;
        this.statistic = statistic;
        this.calculator = calculator;
        this.runner = runner;
    }

    /** pyhf's defaults: q̃μ, asymptotic calculator. */
    public static UpperLimit asymptotic(ProfileLikelihood likelihood) {
        TaskRunner sequential = TaskRunner.sequential();
        return new UpperLimit(new HypoTest(likelihood, sequential), TestStatistic.QMU_TILDE,
                Calculator.asymptotic(), sequential);
    }

    /**
     * Limits by root finding, starting from the bracket [lo, hi] (pyhf uses the POI bounds).
     *
     * @param rtol relative tolerance on each limit (pyhf's default 1e-4)
     */
    public UpperLimitResult rootFinding(double[] data, double cl, double lo, double hi, double rtol,
            ProgressListener progress) {
        return rootFinding(data, new double[] {cl}, lo, hi, rtol, progress).get(0);
    }

    /**
     * Limits at several confidence levels (say 90 % and 95 %) from one search: the free fits, the
     * Asimov data and every hypothesis test are shared, and each fixed-μ fit starts from the nearest
     * one already made, so the second level costs a fraction of the first. Each limit is the one
     * {@link #rootFinding(double[], double, double, double, double, ProgressListener)} finds for its
     * level to within {@code rtol} (the root finder may stop at another point of the tolerance
     * interval, as it starts from other brackets). The bracket is widened until it holds every
     * level's limits, so all results report the same POI bound, warnings and tests.
     *
     * @param cls confidence levels, each in (0, 1)
     * @return one result per entry of {@code cls}, in that order
     */
    public List<UpperLimitResult> rootFinding(double[] data, double[] cls, double lo, double hi, double rtol,
            ProgressListener progress) {
        return rootFinding(data, null, cls, lo, hi, rtol, progress);
    }

    /**
     * As {@link #rootFinding(double[], double[], double, double, double, ProgressListener)}, given the free
     * fit to {@code data} that the caller made already with this limit's likelihood (as
     * {@link ProfileLikelihood#fit(double[])} makes it): the asymptotic calculator starts from it instead of
     * repeating it, with the same results.
     *
     * @param free that fit, or null to make it here
     */
    public List<UpperLimitResult> rootFinding(double[] data, FitResult free, double[] cls, double lo, double hi,
            double rtol, ProgressListener progress) {
        if (cls.length == 0) {
            throw new InferenceException("no confidence level given for the upper limit");
        }
        double[] alphas = new double[cls.length];
        double alphaLow = 1;
        double alphaHigh = 0;
        for (int c = 0; c < cls.length; c++) {
            alphas[c] = alpha(cls[c]);
            alphaLow = Math.min(alphaLow, alphas[c]);
            alphaHigh = Math.max(alphaHigh, alphas[c]);
        }
        if (!(lo < hi)) {
            throw new InferenceException("invalid limit bracket [" + lo + ", " + hi + "]");
        }
        CachedTests cache = new CachedTests(data, free, progress);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; anyBelow(cache.get(lo), alphaHigh); i++) {
            if (i == MAX_EXPANSIONS || lo == 0) {
                throw new InferenceException("CLs is below " + alphaHigh + " already at " + poiName() + " = " + lo
                        + ": the limit is below the smallest POI value tried; check the model's signal");
            }
            lo /= 2;
        }
        for (int i = 0; anyAbove(cache.get(hi), alphaLow); i++) {
            if (i == MAX_EXPANSIONS) {
                throw new NoUpperLimitException("CLs stays above " + alphaLow + " up to " + poiName() + " = " + hi
                        + " (the bracket was doubled " + MAX_EXPANSIONS + " times): no upper limit found; the"
                        + " signal is too small for the data to constrain it");
            }
            hi *= 2;
            if (hi > cache.poiUpperBound()) {
                cache.raiseUpperBound(hi, warnings);
            }
        }
        cache.get(lo); // again, if raising the bound cleared it
        double[][] limits = new double[cls.length][];
        for (int c = 0; c < cls.length; c++) {
            limits[c] = solve(cache, alphas[c], rtol);
        }
        List<UpperLimitResult> out = new ArrayList<>();
        for (int c = 0; c < cls.length; c++) {
            out.add(new UpperLimitResult(cls[c], limits[c][0], band(limits[c]), UpperLimitResult.Method.ROOT_FINDING,
                    cache.sorted(), cache.poiUpperBound(), warnings));
        }
        return out;
    }

    /** The observed and expected limits at CLs = alpha, from the brackets the cache holds. */
    private double[] solve(CachedTests cache, double alpha, double rtol) {
        double[] limits = new double[CURVES];
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(rtol, ABSOLUTE_TOLERANCE, 0, 5);
        for (int k = 0; k < CURVES; k++) {
            int curve = k;
            double[] bracket = cache.bestBracket(curve, alpha);
            org.hipparchus.analysis.UnivariateFunction f = mu -> cache.get(mu).clsCurve(curve) - alpha;
            if (curve == 0 && calculator instanceof Calculator.Asymptotic) {
                // the same root on the normal-quantile scale: Φ⁻¹(CLs) ≈ −√q̃μ when CLb ≈ 1, nearly
                // linear in μ, where the root finder's inverse interpolation needs few steps
                double target = StandardNormal.quantile(alpha);
                f = mu -> normalScore(cache.get(mu).clsCurve(0)) - target;
            } else if (curve > 0 && calculator instanceof Calculator.Asymptotic) {
                // CLs_exp(n) = Φ(−(n + √qA)) / Φ(−n) depends on μ only through √qA(μ), which is nearly
                // linear in μ: the same root, found in two or three steps instead of five or more
                double n = EXPECTED_SIGMAS[curve - 1];
                double target = -StandardNormal.quantile(alpha * StandardNormal.cdf(-n)) - n;
                f = mu -> cache.sqrtAsimovStatistic(mu) - target;
            }
            try {
                limits[k] = solver.solve(200, f, bracket[0], bracket[1], AllowedSolution.ANY_SIDE);
            } catch (MathRuntimeException e) {
                throw new InferenceException("root finding for the " + curveName(curve) + " limit failed in ["
                        + bracket[0] + ", " + bracket[1] + "]: " + e.getMessage(), e);
            }
        }
        return limits;
    }

    /** Φ⁻¹(p), with p = 1 (CLs at μ = 0) and p = 0 (underflow) kept finite for the root finder. */
    private static double normalScore(double p) {
        return StandardNormal.quantile(Math.min(Math.nextDown(1.0), Math.max(Double.MIN_NORMAL, p)));
    }

    /** Limits by hypothesis tests on {@code grid} and linear interpolation of μ against CLs. */
    public UpperLimitResult gridScan(double[] data, double cl, double[] grid, ProgressListener progress) {
        double alpha = alpha(cl);
        checkGrid(grid);
        List<String> warnings = new ArrayList<>();
        HypoTest test = hypoTest;
        double gridMax = grid[grid.length - 1];
        if (gridMax > test.likelihood().poiUpperBound()) {
            warnings.add(boundRaised(test.likelihood().poiUpperBound(), gridMax));
            ProfileLikelihood pl = test.likelihood();
            test = new HypoTest(pl.withPoiBounds(pl.poiLowerBound(), gridMax), runner);
        }
        List<HypoTestResult> results = runTests(test, data, grid, progress);
        double[] limits = new double[CURVES];
        for (int k = 0; k < CURVES; k++) {
            double[] cls = new double[grid.length];
            for (int i = 0; i < grid.length; i++) {
                cls[i] = results.get(i).clsCurve(k);
            }
            limits[k] = interpolate(alpha, grid, cls, curveName(k), warnings);
        }
        return new UpperLimitResult(cl, limits[0], band(limits), UpperLimitResult.Method.GRID_SCAN, results,
                test.likelihood().poiUpperBound(), warnings);
    }

    private List<HypoTestResult> runTests(HypoTest test, double[] data, double[] grid, ProgressListener progress) {
        if (calculator instanceof Calculator.Toys) {
            // toys are parallel inside each test: run the grid points one after the other
            DoubleFunction<HypoTestResult> tester = test.tester(data, statistic, calculator, ProgressListener.NONE);
            List<HypoTestResult> out = new ArrayList<>();
            for (int i = 0; i < grid.length; i++) {
                out.add(tester.apply(grid[i]));
                progress.progressed(i + 1, grid.length);
            }
            return out;
        }
        DoubleFunction<HypoTestResult> tester = test.tester(data, statistic, calculator, ProgressListener.NONE);
        return runner.map(grid.length, i -> tester.apply(grid[i]), progress);
    }

    /**
     * {@code np.interp(alpha, cls[::-1], mu[::-1])}: the POI where CLs crosses alpha, assuming CLs falls with
     * μ; outside the grid it returns the grid end as numpy does, with a warning.
     */
    static double interpolate(double alpha, double[] mu, double[] cls, String curve, List<String> warnings) {
        int n = mu.length;
        // xp = cls reversed (increasing), fp = mu reversed
        if (alpha < cls[n - 1]) {
            warnings.add("the " + curve + " CLs is still above " + alpha + " at the end of the grid (" + mu[n - 1]
                    + "): the limit lies above the grid, extend the scan");
            return mu[n - 1];
        }
        if (alpha > cls[0]) {
            warnings.add("the " + curve + " CLs is already below " + alpha + " at the start of the grid (" + mu[0]
                    + "): the limit lies below the grid, extend the scan");
            return mu[0];
        }
        if (alpha == cls[0]) {
            return mu[0];
        }
        // binary search for the largest j (in reversed order) with xp[j] <= alpha, as numpy does
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cls[n - 1 - mid] <= alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x0 = cls[n - 1 - lo];
        double x1 = cls[n - 1 - hi];
        double f0 = mu[n - 1 - lo];
        double f1 = mu[n - 1 - hi];
        return x1 == x0 ? f0 : f0 + (alpha - x0) * (f1 - f0) / (x1 - x0);
    }

    private String poiName() {
        return hypoTest.likelihood().poiName();
    }

    private static double alpha(double cl) {
        if (!(cl > 0 && cl < 1)) {
            throw new InferenceException("confidence level must be in (0, 1), got " + cl);
        }
        return 1 - cl;
    }

    private static void checkGrid(double[] grid) {
        if (grid.length < 2) {
            throw new InferenceException("a limit scan needs at least 2 grid points, got " + grid.length);
        }
        for (int i = 1; i < grid.length; i++) {
            if (!(grid[i] > grid[i - 1])) {
                throw new InferenceException("limit scan grid must increase strictly; point " + i + " is " + grid[i]
                        + " after " + grid[i - 1]);
            }
        }
    }

    private static boolean anyBelow(HypoTestResult r, double alpha) {
        for (int k = 0; k < CURVES; k++) {
            if (r.clsCurve(k) < alpha) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyAbove(HypoTestResult r, double alpha) {
        for (int k = 0; k < CURVES; k++) {
            if (r.clsCurve(k) > alpha) {
                return true;
            }
        }
        return false;
    }

    private static ExpectedBand band(double[] limits) {
        return new ExpectedBand(limits[1], limits[2], limits[3], limits[4], limits[5]);
    }

    static String curveName(int k) {
        return switch (k) {
            case 0 -> "observed";
            case 1 -> "expected -2σ";
            case 2 -> "expected -1σ";
            case 3 -> "expected median";
            case 4 -> "expected +1σ";
            default -> "expected +2σ";
        };
    }

    private static String boundRaised(double from, double to) {
        return "the POI upper bound was raised from " + from + " to " + to + " to reach the limit";
    }

    /** Hypothesis tests by POI value, recomputed from scratch when the POI bound moves. */
    private final class CachedTests {
        private final double[] data;
        private final ProgressListener progress;
        private final Map<Double, HypoTestResult> cache = new TreeMap<>();
        private final Map<Double, Double> asimovOnly = new TreeMap<>();
        private final NearestFits dataFits = new NearestFits();
        private final NearestFits asimovFits = new NearestFits();
        private HypoTest test;
        private DoubleFunction<HypoTestResult> tester;
        private AsymptoticCalculator asymptotic;

        /** @param free the free fit to {@code data} with the hypothesis test's likelihood, or null */
        CachedTests(double[] data, FitResult free, ProgressListener progress) {
            this.data = data.clone();
            this.progress = progress;
            this.test = hypoTest;
            connect(free);
        }

        private void connect(FitResult free) {
            if (calculator instanceof Calculator.Asymptotic) {
                asymptotic = new AsymptoticCalculator(test.likelihood(), data, statistic,
                        free != null ? free : test.likelihood().fit(data));
                tester = asymptotic::test;
            } else {
                asymptotic = null;
                tester = test.tester(data, statistic, calculator, progress);
            }
        }

        HypoTestResult get(double mu) {
            HypoTestResult r = cache.get(mu);
            if (r != null) {
                return r;
            }
            if (asymptotic == null) {
                r = tester.apply(mu);
            } else {
                // start each fixed-μ fit from the one at the nearest μ tried so far: its point and metric
                AsymptoticCalculator.Tested t = asymptotic.test(mu, dataFits.nearest(mu, null),
                        asimovFits.nearest(mu, null));
                dataFits.add(mu, t.fixedOnData());
                asimovFits.add(mu, t.fixedOnAsimov());
                r = t.result();
            }
            cache.put(mu, r);
            return r;
        }

        /**
         * √qA at {@code mu}: the expected curves need only the fixed-μ fit to the Asimov data, not the
         * fit to the observed data that a full test also makes.
         */
        double sqrtAsimovStatistic(double mu) {
            HypoTestResult full = cache.get(mu);
            if (full != null) {
                return Math.sqrt(full.testStatisticAsimov());
            }
            Double q = asimovOnly.get(mu);
            if (q == null) {
                TestStatisticValue v = asymptotic.asimovStatistic(mu, asimovFits.nearest(mu, null));
                asimovFits.add(mu, v.fixedFit());
                q = v.value();
                asimovOnly.put(mu, q);
            }
            return Math.sqrt(q);
        }

        double poiUpperBound() {
            return test.likelihood().poiUpperBound();
        }

        void raiseUpperBound(double hi, List<String> warnings) {
            ProfileLikelihood pl = test.likelihood();
            warnings.add(boundRaised(pl.poiUpperBound(), hi));
            test = new HypoTest(pl.withPoiBounds(pl.poiLowerBound(), hi), runner);
            connect(null); // the free fit is made again: it may have stopped at the old bound
            // results under the old bound may differ (a free fit could have stopped at it): drop them
            cache.clear();
            asimovOnly.clear();
            dataFits.clear();
            asimovFits.clear();
        }

        /** The cached points closest to alpha on either side, as pyhf's {@code best_bracket}. */
        double[] bestBracket(int curve, double alpha) {
            double lower = Double.NaN;
            double upper = Double.NaN;
            double bestPos = Double.POSITIVE_INFINITY;
            double bestNeg = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Double, HypoTestResult> e : cache.entrySet()) {
                double v = e.getValue().clsCurve(curve) - alpha;
                if (v >= 0 && v < bestPos) {
                    bestPos = v;
                    lower = e.getKey();
                } else if (v < 0 && v > bestNeg) {
                    bestNeg = v;
                    upper = e.getKey();
                }
            }
            return new double[] {lower, upper};
        }

        List<HypoTestResult> sorted() {
            return new ArrayList<>(cache.values());
        }
    }
}
