package org.darkflav.histfactory.likelihood;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/** Poisson draws for pseudo-experiments, valid for every mean a HistFactory model can produce. */
final class Sampling {

    /** Above this mean the Poisson is drawn from its Gaussian limit (commons-rng caps means near 2^31). */
    private static final double GAUSSIAN_LIMIT = 1e9;

    private Sampling() {}

    static double poisson(UniformRandomProvider rng, double mean, NormalizedGaussianSampler gauss) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > GAUSSIAN_LIMIT) {
            return Math.max(0, Math.rint(mean + Math.sqrt(mean) * gauss.sample()));
        }
        return PoissonSampler.of(rng, mean).sample();
    }
}
