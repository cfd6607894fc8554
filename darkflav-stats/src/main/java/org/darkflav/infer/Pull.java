package org.darkflav.infer;

/**
 * Pull and constraint of one parameter, as cabinetry defines them: pull = (θ̂ − θ₀)/σ_pre with θ₀ the
 * suggested init, constraint = σ_post/σ_pre. Both NaN for parameters without a constraint term.
 *
 * @param parameter name
 * @param bestFit θ̂
 * @param postfitError σ_post, the parabolic error at the best fit
 * @param nominal θ₀
 * @param prefitWidth σ_pre, the constraint width (NaN if unconstrained)
 * @param pull (θ̂ − θ₀)/σ_pre
 * @param constraint σ_post/σ_pre
 */
public record Pull(
        String parameter, double bestFit, double postfitError, double nominal, double prefitWidth, double pull,
        double constraint) {
}
