package org.darkflav.recast.analysis;

import java.util.List;

/**
 * A likelihood known only as a function of one branching fraction (≥ 0): how a measurement without a
 * published full model (BaBar's digitised curves, single-bin counts) joins a fit.
 */
public interface BrLikelihood {

    /** −2 ln L(Br) + 2 ln L(best), for Br ≥ 0 (zero at the best fit). */
    double twiceDeltaNll(double br);

    /** d(−2 ln L)/dBr. */
    double derivative(double br);

    /** The best fit, ≥ 0. */
    double best();

    /**
     * The Br above the best fit where −2ΔlnL reaches {@code twiceDeltaNll} (Δχ² = 2.71 / 3.84 / 4 give the
     * upper ends of the 90 % / 95 % / 2σ likelihood-ratio intervals).
     */
    double upperLimit(double twiceDeltaNll);

    /** One line for reports: what the likelihood is. */
    default String label() {
        return getClass().getSimpleName();
    }

    /** {@code term} under another label. */
    static BrLikelihood named(String label, BrLikelihood term) {
        return new BrLikelihood() {
            @Override
            public double twiceDeltaNll(double br) {
                return term.twiceDeltaNll(br);
            }

            @Override
            public double derivative(double br) {
                return term.derivative(br);
            }

            @Override
            public double best() {
                return term.best();
            }

            @Override
            public double upperLimit(double twiceDeltaNll) {
                return term.upperLimit(twiceDeltaNll);
            }

            @Override
            public String label() {
                return label;
            }
        };
    }

    /** The product of independent likelihoods in the same Br (a sum of their −2 ln L), re-zeroed at its best fit. */
    static BrLikelihood product(List<? extends BrLikelihood> terms) {
        return new BrLikelihoodProduct(terms);
    }
}
