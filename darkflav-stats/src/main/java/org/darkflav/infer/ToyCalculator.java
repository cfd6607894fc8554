package org.darkflav.infer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.darkflav.fit.FitResult;

/**
 * Toy-based p-values as pyhf's {@code ToyCalculator} computes them: empirical distributions of the test
 * statistic from pseudo-experiments at the tested POI and at the alternative POI, p-values as the
 * fraction of toys at or above the observed value, and the expected band as percentiles (2.28, 15.87,
 * 50, 84.13, 97.72, linear interpolation as numpy's percentile) of the CLs values of the alternative
 * toys.
 *
 * <p>Toy fits are warm-started: a toy's free fit starts at the parameters the toy was generated at,
 * with the curvature of the likelihood there (the metric of a fit to the expected data at that point,
 * made once per hypothesis), and its fixed-POI fit starts from its free fit. Toys lie close to where
 * they were generated, so this replaces each fit's finite-difference Hessian and its inversion (two
 * thirds of a cold toy fit on the 12-bin paper model) by a few quasi-Newton steps. The minima are the
 * same to the fit tolerance; a warm fit that does not converge is repeated from a cold start.
 */
final class ToyCalculator {

    private static final double[] BAND_PERCENTILES = {
        2.27501319, 15.86552539, 50.0, 84.13447461, 97.72498681
    };

    private final ProfileLikelihood likelihood;
    private final double[] data;
    private final TestStatistic statistic;
    private final Calculator.Toys toys;
    private final TaskRunner runner;
    private final ProgressListener progress;

    ToyCalculator(ProfileLikelihood likelihood, double[] data, TestStatistic statistic, Calculator.Toys toys,
            TaskRunner runner, ProgressListener progress) {
        this.likelihood = likelihood;
        this.data = data.clone();
        this.statistic = statistic;
        this.toys = toys;
        this.runner = runner;
        this.progress = progress;
    }

    HypoTestResult test(double mu) {
        TestStatisticValue observed = likelihood.testStatistic(statistic, data, mu);
        Generation nullPoint = generation(mu);
        Generation altPoint = generation(statistic.alternativePoi());
        int n = toys.count();
        List<Double> values = runner.map(2 * n,
                i -> toyStatistic(i < n ? nullPoint : altPoint, i, mu), progress);
        double[] nullDist = new double[n];
        double[] altDist = new double[n];
        for (int i = 0; i < n; i++) {
            nullDist[i] = values.get(i);
            altDist[i] = values.get(n + i);
        }
        double[] nullSorted = finiteSorted(nullDist);
        double[] altSorted = finiteSorted(altDist);
        int failed = 2 * n - nullSorted.length - altSorted.length;
        if (nullSorted.length == 0 || altSorted.length == 0) {
            throw new InferenceException("every toy fit failed for one hypothesis at " + likelihood.poiName()
                    + " = " + mu + "; check the model with a fit first");
        }
        double q = observed.value();
        double clsb = tailFraction(nullSorted, q);
        double clb = tailFraction(altSorted, q);
        double[][] band = expectedBands(nullSorted, altSorted);
        double clsbError = binomialError(clsb, nullSorted.length);
        double clbError = binomialError(clb, altSorted.length);
        double clsError = Math.hypot(clsbError / clb, clsb * clbError / (clb * clb));
        ToyResult toyResult = new ToyResult(n, toys.seed(), toys.parameters(), nullDist, altDist, clsbError, clbError,
                clsError, failed);
        return new HypoTestResult(mu, statistic, toys, q, Double.NaN, clsb, clb, clsb / clb,
                ExpectedBand.of(band[2]), ExpectedBand.of(band[0]), ExpectedBand.of(band[1]),
                observed.fitsConverged(), Optional.of(toyResult));
    }

    /**
     * Where toys of one hypothesis are generated, with a fit at that point to start their fits from.
     *
     * @param near the fit to the expected data at {@code parameters}: its point is (near) the generating
     *     point and its metric the likelihood's inverse Hessian there; null if that fit failed
     */
    private record Generation(double[] parameters, FitResult near) {}

    private Generation generation(double poi) {
        double[] p = generationParameters(poi);
        FitResult atPoint = likelihood.fit(likelihood.model().expectedData(p), p);
        return new Generation(p, atPoint.converged() ? atPoint : null);
    }

    private double[] generationParameters(double poi) {
        double[] p;
        if (toys.parameters() == Calculator.ToyParameters.PROFILED) {
            p = likelihood.fixedPoiFit(data, poi).values();
        } else {
            p = likelihood.model().suggestedInit();
        }
        p[likelihood.poiIndex()] = poi;
        return p;
    }

    /** Toy {@code index} (0..n−1 null, n..2n−1 alternative) draws from its own seeded generator. */
    private double toyStatistic(Generation generation, int index, double mu) {
        double[] toyData = likelihood.model().sample(generation.parameters(), ToySeeds.generator(toys.seed(), index));
        FitResult free = generation.near() == null ? null
                : likelihood.fit(toyData, generation.parameters(), generation.near());
        if (free == null || !free.converged()) {
            free = likelihood.fit(toyData);
        }
        if (!free.converged()) {
            return Double.NaN;
        }
        FitResult fixed = likelihood.fixedPoiFit(toyData, mu, free);
        if (!fixed.converged()) {
            fixed = likelihood.fixedPoiFit(toyData, mu);
        }
        if (!fixed.converged()) {
            return Double.NaN;
        }
        return statistic.fromFits(mu, free.values()[likelihood.poiIndex()], fixed.minimum(), free.minimum());
    }

    /** Per alternative toy: (CLsb, CLb, CLs) at its value; then the band percentiles of each. */
    private static double[][] expectedBands(double[] nullSorted, double[] altSorted) {
        int m = altSorted.length;
        double[] sb = new double[m];
        double[] b = new double[m];
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            sb[i] = tailFraction(nullSorted, altSorted[i]);
            b[i] = tailFraction(altSorted, altSorted[i]);
            s[i] = sb[i] / b[i];
        }
        return new double[][] {percentiles(sb), percentiles(b), percentiles(s)};
    }

    /** numpy's {@code percentile} with its default linear interpolation. */
    static double[] percentiles(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        double[] out = new double[BAND_PERCENTILES.length];
        for (int k = 0; k < out.length; k++) {
            double pos = BAND_PERCENTILES[k] / 100 * (v.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(lo + 1, v.length - 1);
            out[k] = v[lo] + (pos - lo) * (v[hi] - v[lo]);
        }
        return out;
    }

    /** Fraction of {@code sorted} at or above {@code value}. */
    static double tailFraction(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) (sorted.length - lo) / sorted.length;
    }

    private static double[] finiteSorted(double[] values) {
        double[] f = Arrays.stream(values).filter(Double::isFinite).toArray();
        Arrays.sort(f);
        return f;
    }

    private static double binomialError(double p, int n) {
        return Math.sqrt(p * (1 - p) / n);
    }
}
