package org.darkflav.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.darkflav.fit.FitResult;

/**
 * Profile-likelihood scans over any parameters: at each grid point the scanned parameters are fixed and
 * all others profiled, each fit warm-started from the free fit. Grid points are independent tasks, so the
 * scan runs in parallel and gives the same numbers on any number of threads.
 */
public final class LikelihoodScan {

    private final ProfileLikelihood likelihood;
    private final TaskRunner runner;

    public LikelihoodScan(ProfileLikelihood likelihood, TaskRunner runner) {
        this.likelihood = likelihood;
        this.runner = runner;
    }

    /** A scanned parameter and its values. */
    public record Axis(String parameter, double[] values) {
        public Axis {
            if (values.length == 0) {
                throw new InferenceException("scan axis '" + parameter + "' has no points");
            }
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** {@code n} evenly spaced values from lo to hi inclusive, as numpy's linspace. */
        public static Axis linspace(String parameter, double lo, double hi, int n) {
            if (n < 1) {
                throw new InferenceException("scan axis '" + parameter + "' needs at least one point, got " + n);
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
            }
            return new Axis(parameter, v);
        }
    }

    public ScanResult scan(double[] data, List<Axis> axes, ProgressListener progress) {
        if (axes.isEmpty()) {
            throw new InferenceException("a scan needs at least one parameter");
        }
        int[] indices = new int[axes.size()];
        int total = 1;
        for (int a = 0; a < axes.size(); a++) {
            indices[a] = likelihood.parameterIndex(axes.get(a).parameter());
            total = Math.multiplyExact(total, axes.get(a).values.length);
        }
        if (Arrays.stream(indices).distinct().count() != indices.length) {
            throw new InferenceException("a parameter appears twice in the scan");
        }
        FitResult best = likelihood.fit(data);
        double[] start = best.values();
        List<FitResult> fits = runner.map(total,
                i -> likelihood.fixedFit(data, indices, coordinates(axes, i), start), progress);
        double min = best.minimum();
        for (FitResult f : fits) {
            if (f.converged()) {
                min = Math.min(min, f.minimum());
            }
        }
        List<ScanPoint> points = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            FitResult f = fits.get(i);
            points.add(new ScanPoint(Arrays.stream(coordinates(axes, i)).boxed().toList(), f.minimum(),
                    f.minimum() - min, f.converged()));
        }
        List<String> names = axes.stream().map(Axis::parameter).toList();
        List<List<Double>> grids = axes.stream().map(a -> Arrays.stream(a.values).boxed().toList()).toList();
        return new ScanResult(names, grids, points, min, best);
    }

    /** The coordinates of flat point {@code flat}, last axis fastest. */
    private static double[] coordinates(List<Axis> axes, int flat) {
        double[] c = new double[axes.size()];
        int rest = flat;
        for (int a = axes.size() - 1; a >= 0; a--) {
            double[] v = axes.get(a).values;
            c[a] = v[rest % v.length];
            rest /= v.length;
        }
        return c;
    }
}
