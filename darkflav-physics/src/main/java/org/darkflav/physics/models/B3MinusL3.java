package org.darkflav.physics.models;

/**
 * The gauged B3 − L3 model of PRD 109, 075008, Sec. III C: a U(1)_X gauge boson Z′ with
 * L ⊃ g_X Z′_μ Σ_f X_f f̄ γ^μ f, X = 1/3 for third-generation quarks and −1 for third-generation leptons
 * (and the right-handed ν_τ that the anomaly cancellation needs). The paper describes the model only
 * qualitatively; the quantitative mapping below is darkflav's and is written out in doc/physics.md.
 *
 * <p><b>b–s couplings.</b> Unbroken U(1)_X forbids 2–3 quark mixing; the VEVs of the two extra Higgs doublets
 * (opposite X charges) induce it separately for left- and right-handed down quarks. Writing the
 * third-generation interaction state as b′_χ = cos θ_χ b_χ + sin θ_χ s_χ (χ = L, R; mass states b, s), the
 * current (g_X/3) b̄′_χ γ^μ b′_χ contains (g_X/3) sin θ_χ cos θ_χ (s̄_χ γ^μ b_χ + h.c.). In the convention of the
 * paper's Eq. (2), L ⊃ g_L Z′_μ s̄ γ^μ P_L b + h.c. + (L ↔ R), this is
 * <pre>
 *   g_L = (g_X/3) sin θ_L cos θ_L,   g_R = (g_X/3) sin θ_R cos θ_R   (dimension 4)
 * </pre>
 * with no factor 2, because the b̄ s term is exactly the h.c. of the s̄ b term. The same rotation gives the
 * diagonal strange coupling (g_X/3) sin²θ_χ. The up sector is taken to be aligned (no c–t mixing), so the Z′ has
 * no coupling to u, c, d. If the down sector alone generates V_cb, θ_L ≈ |V_cb| ≈ 0.04; θ_R is free.
 *
 * <p><b>Decays.</b> For a fermion f with L ⊃ Z′_μ f̄ γ^μ (a_L P_L + a_R P_R) f, N_c colours and x = m_f²/m²:
 * <pre>
 *   Γ = N_c m/(24π) √(1 − 4x) [(a_L² + a_R²)(1 − x) + 6 x a_L a_R]
 * </pre>
 * which gives Γ(ν_τ ν̄_τ) = g_X² m/(24π) (a_L = −g_X, a_R = 0: one left-handed neutrino of charge −1) and
 * Γ(τ+τ−) = g_X² m/(12π) (1 + 2x) √(1 − 4x) (a_L = a_R = −g_X, open above 2 m_τ = 3.554 GeV). Z′ → s s̄ has
 * a_χ = (g_X/3) sin²θ_χ, N_c = 3, massless quarks, and is opened at the K+K− threshold: an inclusive
 * perturbative estimate, only relevant for large angles (∝ sin⁴θ). Neglected: Z′ → b s̄, b b̄ (closed below
 * m_B − m_K), loop-induced kinetic mixing with the photon (Z′ → e+e−, μ+μ−, suppressed by about (e²/16π²)²).
 */
public final class B3MinusL3 {

    private B3MinusL3() {}

    /** g_L, g_R of Eq. (2) at dimension 4 from g_X and the mixing angles (see the class comment). */
    public static Couplings bsCouplings(B3MinusL3Inputs in) {
        return new Couplings(in.gX() / 3 * Math.sin(in.thetaL()) * Math.cos(in.thetaL()),
                in.gX() / 3 * Math.sin(in.thetaR()) * Math.cos(in.thetaR()));
    }

    /** The partial widths at the inputs' mass. */
    public static B3MinusL3Widths widths(B3MinusL3Inputs in, B3MinusL3Constants constants) {
        double g = in.gX();
        double m = in.mZPrime();
        double nuTau = chiralWidth(m, -g, 0, 0, 1);
        double nuR = in.lightRightHandedNeutrino() ? chiralWidth(m, 0, -g, 0, 1) : 0;
        double tau = chiralWidth(m, -g, -g, constants.tauMass().value(), 1);
        double strange = m > 2 * constants.kaonMass().value()
                ? chiralWidth(m, g / 3 * sq(Math.sin(in.thetaL())), g / 3 * sq(Math.sin(in.thetaR())), 0, 3) : 0;
        return new B3MinusL3Widths(nuTau, nuR, tau, strange);
    }

    /**
     * Γ(V → f f̄) of a vector of mass {@code m} with chiral couplings a_L, a_R to a fermion of mass {@code mf}
     * and {@code colours} colours; zero at and below threshold.
     */
    public static double chiralWidth(double m, double aL, double aR, double mf, int colours) {
        double x = sq(mf / m);
        if (!(4 * x < 1)) {
            return 0;
        }
        return colours * m / (24 * Math.PI) * Math.sqrt(1 - 4 * x) * ((aL * aL + aR * aR) * (1 - x) + 6 * x * aL * aR);
    }

    /** Proper decay length c τ = ħ c / Γ in metres. */
    public static double properDecayLength(B3MinusL3Widths widths, B3MinusL3Constants constants) {
        return constants.hbarC() / widths.total();
    }

    private static double sq(double x) {
        return x * x;
    }
}
