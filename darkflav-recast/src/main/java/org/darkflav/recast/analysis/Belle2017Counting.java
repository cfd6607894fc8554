package org.darkflav.recast.analysis;

import java.util.List;
import org.darkflav.physics.param.ParameterSet;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.CountingResult;

/**
 * APPROXIMATE: Belle's 2017 semileptonic-tag B → h νν̄ search (Grygier et al., PRD 96, 091101; via flavio)
 * as single-bin counting likelihoods for a light X. Each channel's sensitivity is fixed by its quoted 90 %
 * limit for the SM-like νν̄ signal, so the X efficiency is taken flat in q² (the SM average; no m_X
 * dependence), the background is observed − fitted signal with the signal's systematic error as its
 * uncertainty (flavio's convention), and the four modes are independent samples of the same data.
 *
 * <p>B → K X: B⁺ → K⁺ sees Br(B⁺ → K⁺ X), B⁰ → K⁰ sees it times τ_B⁰/τ_B⁺ (equal partial widths by isospin).
 * B → K* X: both K* modes see one common Br, the paper's "(approximately) equal" isospin assumption
 * (the lifetime ratio ignored, as for BaBar's K* curve).
 */
public final class Belle2017Counting {

    /** Label for reports. */
    public static final String NOTE = "APPROXIMATE: Belle 2017 semileptonic-tag counts (flavio), sensitivity fixed "
            + "by the quoted 90 % CL limit for nu nubar, X efficiency flat in q^2 (no m_X dependence)";
    private static final String INSPIRE = "Grygier:2017tzo";

    private final List<CountingResult> results;
    private final double lifetimeRatio;

    /** @param particles gives τ_B⁰ / τ_B⁺ */
    public Belle2017Counting(AnalysisBundles bundles, ParameterSet particles) {
        this.results = bundles.countingResults().stream().filter(c -> c.inspireKey().equals(INSPIRE)).toList();
        this.lifetimeRatio = particles.value("tau_B0") / particles.value("tau_B+");
    }

    /** τ_B⁰ / τ_B⁺ used for the neutral kaon mode. */
    public double lifetimeRatio() {
        return lifetimeRatio;
    }

    /** B⁺ → K⁺ and B⁰ → K⁰ as likelihoods in Br(B⁺ → K⁺ X). */
    public List<CountingBrLikelihood> kaon() {
        return List.of(term("BR(B+->Knunu)", 1.0, "Belle 2017 B+ -> K+ (counting)"),
                term("BR(B0->Knunu)", lifetimeRatio, "Belle 2017 B0 -> K0 (counting, x tau_B0/tau_B+)"));
    }

    /** B⁺ → K*⁺ and B⁰ → K*⁰ as likelihoods in one common Br(B → K* X). */
    public List<CountingBrLikelihood> kstar() {
        return List.of(term("BR(B+->K*nunu)", 1.0, "Belle 2017 B+ -> K*+ (counting)"),
                term("BR(B0->K*nunu)", 1.0, "Belle 2017 B0 -> K*0 (counting)"));
    }

    private CountingBrLikelihood term(String observable, double scale, String label) {
        CountingResult r = results.stream().filter(c -> c.observable().equals(observable)).findFirst()
                .orElseThrow(() -> new IllegalStateException("counting bundle lacks " + INSPIRE + " " + observable));
        return new CountingBrLikelihood(CountingChannel.calibrated(r), scale, label);
    }
}
