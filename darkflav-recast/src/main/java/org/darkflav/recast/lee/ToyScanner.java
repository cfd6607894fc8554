package org.darkflav.recast.lee;

import org.darkflav.fit.FitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ToySeeds;

/**
 * Scans one data set over the masses of a study: one background-only fit, then per mass one fit with
 * the signal free, each warm-started from the fit at the mass before (its point and its curvature
 * estimate), q0(m) = 2NLL(background only) − 2NLL(free fit at m), 0 when the signal fits at 0. A fit
 * that fails, or a free fit that ends above the background-only minimum (a local minimum no better than
 * no signal at all), is redone from the background-only fit, then from the suggested start; only if that
 * fails too is the mass marked failed. Confined to one thread; the counter of fits is its only state.
 */
final class ToyScanner {

    /**
     * How far above the background-only minimum a free fit may end before it counts as stuck in a worse
     * local minimum: far above the fits' stopping tolerance, far below any q0 that matters.
     */
    private static final double WORSE_THAN_BACKGROUND = 1e-6;

    /** A scanned data set with the fits later data sets start from. */
    record Scanned(ToyScan scan, FitResult background, FitResult firstFree) { }

    private final ScanModels models;
    private final ProfileLikelihood[] likelihoods;
    private final int poi;
    private int fits;

    ToyScanner(ScanModels models, ProfileLikelihood[] likelihoods) {
        this.models = models;
        this.likelihoods = likelihoods;
        this.poi = models.poiIndex();
    }

    /** Toy {@code toy}: background-only pseudo-data from its own random stream, scanned. */
    ToyScan toy(PreparedScan prepared, long seed, int toy) {
        double[] data = models.model(0).sample(prepared.generation(), ToySeeds.generator(seed, toy));
        int fits0 = fits;
        FitResult background = fitBackground(data, prepared.background());
        if (background == null) {
            double[] q0 = new double[models.size()];
            java.util.Arrays.fill(q0, Double.NaN);
            return new ToyScan(toy, q0, fits - fits0, true);
        }
        ToyScan s = scan(toy, data, background, prepared.observed().firstFree()).scan();
        return new ToyScan(toy, s.q0(), fits - fits0, s.failed());
    }

    /**
     * The background-only fit (POI fixed at 0), from {@code near} (a fit of the same model to similar
     * data) if given; null if it fails even from the suggested start.
     */
    FitResult fitBackground(double[] data, FitResult near) {
        ProfileLikelihood pl = likelihoods[0];
        FitResult r;
        if (near != null) {
            r = count(pl.fixedPoiFit(data, 0.0, near));
            if (r.converged()) {
                return r;
            }
        }
        r = count(pl.fixedPoiFit(data, 0.0));
        return r.converged() ? r : null;
    }

    /**
     * The free fits at every mass given the background-only fit; the first mass starts from
     * {@code firstNear}'s curvature estimate if given.
     */
    Scanned scan(int toy, double[] data, FitResult background, FitResult firstNear) {
        int fits0 = fits;
        double[] q0 = new double[models.size()];
        boolean failed = false;
        FitResult near = firstNear;
        double[] start = background.values();
        FitResult first = null;
        for (int i = 0; i < q0.length; i++) {
            FitResult free = fitFree(i, data, background, start, near);
            if (free == null) {
                q0[i] = Double.NaN;
                failed = true;
                continue;
            }
            q0[i] = free.values()[poi] > 0 ? Math.max(0, background.minimum() - free.minimum()) : 0;
            near = free;
            start = free.values();
            if (i == 0) {
                first = free;
            }
        }
        return new Scanned(new ToyScan(toy, q0, fits - fits0, failed), background, first);
    }

    /** The free fit from {@code start} with {@code near}'s curvature estimate (if given), with the retries. */
    private FitResult fitFree(int mass, double[] data, FitResult background, double[] start, FitResult near) {
        ProfileLikelihood pl = likelihoods[mass];
        if (near != null) {
            FitResult r = count(pl.fit(data, start, near));
            if (acceptable(r, background)) {
                return r;
            }
        }
        FitResult r = count(pl.fit(data, background.values()));
        if (acceptable(r, background)) {
            return r;
        }
        r = count(pl.fit(data));
        return acceptable(r, background) ? r : null;
    }

    private static boolean acceptable(FitResult free, FitResult background) {
        return free.converged() && free.minimum() <= background.minimum() + WORSE_THAN_BACKGROUND;
    }

    private FitResult count(FitResult r) {
        fits++;
        return r;
    }

    /** Fits done so far. */
    int fits() {
        return fits;
    }
}
