package org.darkflav.recast.couplings;

import java.util.Locale;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.NewPhysics;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.darkflav.physics.rates.BToKX;
import org.darkflav.physics.rates.RateCoefficients;

/**
 * Which b–s couplings a coupling fit constrains: a Z′ through one operator of Eq. (2) (couplings g_L,
 * g_R, for dimension 5 and 6 divided by Λ and Λ²) or an ALP (Eq. 14, couplings g_V/f and g_A/f).
 */
public enum CouplingModelKind {
    ZPRIME_DIM4("Z' dim 4", ""),
    ZPRIME_DIM5("Z' dim 5 (dipole)", "GeV^-1"),
    ZPRIME_DIM6("Z' dim 6", "GeV^-2"),
    ALP("ALP", "GeV^-1");

    private final String label;
    private final String unit;

    CouplingModelKind(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** Unit of the couplings (empty for dimensionless). */
    public String unit() {
        return unit;
    }

    /** Rate coefficients of the process at {@code massGeV}. */
    public RateCoefficients coefficients(BToKX process, double massGeV) {
        return switch (this) {
            case ZPRIME_DIM4 -> process.zPrime(massGeV, ZPrimeOperator.DIM4);
            case ZPRIME_DIM5 -> process.zPrime(massGeV, ZPrimeOperator.DIM5);
            case ZPRIME_DIM6 -> process.zPrime(massGeV, ZPrimeOperator.DIM6);
            case ALP -> process.alp(massGeV);
        };
    }

    /** A model of this kind with unit couplings (the rates only need its kind). */
    public NewPhysics unitModel() {
        return switch (this) {
            case ZPRIME_DIM4 -> new ZPrime(ZPrimeOperator.DIM4, new Couplings(1, 1));
            case ZPRIME_DIM5 -> new ZPrime(ZPrimeOperator.DIM5, new Couplings(1, 1));
            case ZPRIME_DIM6 -> new ZPrime(ZPrimeOperator.DIM6, new Couplings(1, 1));
            case ALP -> new Alp(1, 1, 1);
        };
    }

    /** From a command-line name: dim4, dim5, dim6, alp. */
    public static CouplingModelKind fromName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "dim4", "4" -> ZPRIME_DIM4;
            case "dim5", "5" -> ZPRIME_DIM5;
            case "dim6", "6" -> ZPRIME_DIM6;
            case "alp" -> ALP;
            default -> throw new IllegalArgumentException("unknown coupling model '" + name
                    + "'; known: dim4, dim5, dim6, alp");
        };
    }
}
