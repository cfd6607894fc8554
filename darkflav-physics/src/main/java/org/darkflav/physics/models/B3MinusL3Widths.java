package org.darkflav.physics.models;

/**
 * Partial widths (GeV) of the B3 − L3 Z′. Invisible: ν_τ ν̄_τ and, if light, ν_R ν̄_R; visible: τ+τ− and
 * s s̄ (hadrons). Zero for a channel below its threshold.
 *
 * @param nuTau          Γ(Z′ → ν_τ ν̄_τ), left-handed ν_τ only
 * @param rightNeutrino  Γ(Z′ → ν_R ν̄_R), zero unless the right-handed neutrino is light
 * @param tauTau         Γ(Z′ → τ+ τ−), open above 2 m_τ
 * @param strange        Γ(Z′ → s s̄ → hadrons), perturbative estimate, open above 2 m_K+
 */
public record B3MinusL3Widths(double nuTau, double rightNeutrino, double tauTau, double strange) {

    /** Total width. */
    public double total() {
        return nuTau + rightNeutrino + tauTau + strange;
    }

    /** Width into neutrinos. */
    public double invisible() {
        return nuTau + rightNeutrino;
    }

    /** Branching fraction into neutrinos. */
    public double invisibleFraction() {
        return invisible() / total();
    }
}
