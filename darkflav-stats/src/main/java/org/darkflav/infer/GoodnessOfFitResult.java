package org.darkflav.infer;

/**
 * Saturated-model goodness of fit, as cabinetry computes it: the main-bin Poisson terms at the best fit
 * against the same terms with ν = n (constraint terms cancel), compared with a χ² distribution.
 *
 * @param twiceNllBestFit 2NLL at the best fit
 * @param deltaTwiceNll 2NLL(best fit) − 2NLL(saturated) = Σ 2[ν − n + n ln(n/ν)] over main bins
 * @param degreesOfFreedom main bins minus free unconstrained parameters
 * @param pValue χ² survival probability of {@code deltaTwiceNll} (NaN if there are no degrees of freedom)
 */
public record GoodnessOfFitResult(double twiceNllBestFit, double deltaTwiceNll, int degreesOfFreedom,
        double pValue) {
}
