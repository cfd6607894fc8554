package org.darkflav.physics.rates;

/**
 * Which form of the paper's rate formulas to evaluate.
 *
 * <p>{@link #CORRECTED} (the default) implements Eqs. (3)–(16) with the corrections derived from the
 * helicity amplitudes. {@link #AS_PRINTED} evaluates the equations exactly as printed in PRD 109,
 * 075008, so the effect of each correction can be seen:
 * <ul>
 *   <li>Eq. (4): f_T not squared; Eq. (5): f_+ not squared;</li>
 *   <li>Eqs. (7)–(9): the B → K phase-space factor λ^(1/2) (kaon mass) instead of λ_*^(1/2);</li>
 *   <li>Eq. (11): the extra factor λ_* on the A1 term of F_A.</li>
 * </ul>
 * Eq. (3) is printed as "λ_{f+}^3", which has no literal reading; both variants use λ^(3/2) f_+².
 * Eqs. (10), (12), (13), (15), (16) are the same in both variants.
 */
public enum FormulaVariant {
    /** Formulas checked against an explicit polarisation sum. */
    CORRECTED,
    /** Formulas exactly as printed in the paper (for comparison only). */
    AS_PRINTED
}
