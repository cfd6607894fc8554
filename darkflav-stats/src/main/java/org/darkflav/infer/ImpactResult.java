package org.darkflav.infer;

/**
 * Impact of one nuisance parameter on the POI, as cabinetry and CMS Combine compute it: the POI's shift
 * when the parameter is fixed at θ̂ ± σ and everything else refitted, with σ the pre-fit constraint width
 * (pre-fit impacts; NaN if unconstrained) or the post-fit error (post-fit impacts).
 */
public record ImpactResult(
        String parameter,
        double bestFit,
        double prefitWidth,
        double postfitError,
        double prefitUp,
        double prefitDown,
        double postfitUp,
        double postfitDown) {

    /** The ranking key: |post-fit up| + |post-fit down|. */
    public double postfitSize() {
        return Math.abs(postfitUp) + Math.abs(postfitDown);
    }
}
