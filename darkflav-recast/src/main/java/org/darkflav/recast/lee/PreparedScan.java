package org.darkflav.recast.lee;

import org.darkflav.fit.FitResult;
import org.darkflav.infer.ProfileLikelihood;

/**
 * The models of a study made ready for toys, once per worker: the fits of every mass, the
 * background-only fit to the observed data (it generates the toys and warm-starts each toy's
 * background-only fit) and the scan of the observed data (its first free fit warm-starts each toy's).
 * Immutable and thread-safe.
 *
 * @param models the models per mass
 * @param likelihoods the fits per mass
 * @param background the background-only fit to the observed data
 * @param observed the scan of the observed data
 */
record PreparedScan(ScanModels models, ProfileLikelihood[] likelihoods, FitResult background,
        ToyScanner.Scanned observed) {

    /** Fits the observed data (background-only and every mass). */
    static PreparedScan prepare(ScanModels models) {
        ProfileLikelihood[] likelihoods = new ProfileLikelihood[models.size()];
        for (int i = 0; i < likelihoods.length; i++) {
            likelihoods[i] = ProfileLikelihood.of(models.model(i));
        }
        double[] data = models.model(0).observedData();
        ToyScanner scanner = new ToyScanner(models, likelihoods);
        FitResult background = scanner.fitBackground(data, null);
        if (background == null) {
            throw new ObservedFitException("the background-only fit to the observed data did not converge, so there is "
                    + "nothing to generate toys from; check the model with a fit");
        }
        ToyScanner.Scanned observed = scanner.scan(ToyScan.OBSERVED, data, background, null);
        if (observed.scan().failed()) {
            int i = 0;
            while (!Double.isNaN(observed.scan().q0At(i))) {
                i++;
            }
            throw new ObservedFitException("the fit with the signal free at m = " + models.mass(i) + " GeV to the observed"
                    + " data did not converge, so the observed scan is incomplete; check that mass with scan-mass");
        }
        return new PreparedScan(models, likelihoods, background, observed);
    }

    /** The parameters toys are drawn at: the background-only fit to the observed data. */
    double[] generation() {
        return background.values();
    }
}
