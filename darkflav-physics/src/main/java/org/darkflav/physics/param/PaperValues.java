package org.darkflav.physics.param;

import tools.jackson.databind.JsonNode;

/**
 * The numbers of Altmannshofer et al., PRD 109, 075008 (2024) that darkflav sets its results against, read from
 * the bundled {@code seed-paper/seed_paper_numbers.json} (its README gives the place in the paper of each).
 *
 * @param citation the paper, for reports
 * @param massGeV the m_X at which the paper quotes its light-X numbers
 * @param smOnlyFit Br(B⁺ → K⁺ νν̄) of the SM-only fit of the paper's 12-bin model
 * @param belle2X Br(B⁺ → K⁺ X) at {@code massGeV}, Belle II only, with its Z
 * @param combinedX Br(B → K X) at {@code massGeV}, Belle II + BaBar, with its Z
 * @param belle2Mu Belle II's signal strength with its published likelihood (Br = μ × Br_SM)
 * @param belle2017KstarUl90 Belle's 2017 90 % CL limit on Br(B → K* νν̄)
 * @param kstarStatement the paper's words on B → K* X limits (no number is printed)
 * @param fV F_V = 2f/|g_V| at {@code massGeV} in GeV: value, error = lower, {@link Quoted#errorHigh} upper
 * @param fAMin2Sigma the 2σ lower bound on F_A = 2f/|g_A| in GeV
 */
public record PaperValues(String citation, double massGeV, Quoted smOnlyFit, Quoted belle2X, Quoted combinedX,
        Quoted belle2Mu, double belle2017KstarUl90, String kstarStatement, Quoted fV, double fAMin2Sigma) {

    /** The bundled file, relative to {@link JsonInputs#DATA_ROOT}. */
    public static final String RESOURCE = "seed-paper/seed_paper_numbers.json";

    /**
     * A quoted number: value, lower and upper 1σ errors (equal when symmetric), significance (NaN if none).
     */
    public record Quoted(double value, double errorLow, double errorHigh, double z) {

        /** The symmetric error (the lower one when asymmetric). */
        public double error() {
            return errorLow;
        }
    }

    /** The bundled values. */
    public static PaperValues bundled() {
        JsonNode root = JsonInputs.resource(RESOURCE);
        JsonNode claimed = JsonInputs.require(root, "claimed_results", RESOURCE);
        JsonNode fV = JsonInputs.require(claimed, "F_V_GeV", RESOURCE);
        return new PaperValues(JsonInputs.require(root, "reference", RESOURCE).asString(),
                number(root, "paper_mass_GeV"), quoted(root, "Br_Bplus_to_Kplus_nunu_SM_only_fit"),
                quoted(root, "Br_Bplus_to_KplusX_BelleII_only"), quoted(root, "Br_B_to_KX_combined"),
                quoted(root, "BelleII_signal_strength_mu"), number(root, "Belle2017_Bplus_to_Kstar_nunu_UL90"),
                JsonInputs.require(JsonInputs.require(root, "BaBar_B_to_KstarX_statement", RESOURCE), "text", RESOURCE)
                        .asString(),
                new Quoted(JsonInputs.number(fV, "value", RESOURCE), JsonInputs.number(fV, "minus", RESOURCE),
                        JsonInputs.number(fV, "plus", RESOURCE), Double.NaN),
                number(claimed, "F_A_GeV_lower_limit_2sigma"));
    }

    private static double number(JsonNode root, String key) {
        return JsonInputs.number(JsonInputs.require(root, key, RESOURCE), "value", RESOURCE);
    }

    private static Quoted quoted(JsonNode root, String key) {
        JsonNode o = JsonInputs.require(root, key, RESOURCE);
        double err = JsonInputs.number(o, "error", RESOURCE);
        JsonNode z = o.get("Z");
        return new Quoted(JsonInputs.number(o, "value", RESOURCE), err, err, z == null ? Double.NaN : z.asDouble());
    }
}
