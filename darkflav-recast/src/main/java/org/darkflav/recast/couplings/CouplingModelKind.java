package org.darkflav.recast.couplings;

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
    ZPRIME_DIM4("Z' dim 4", ZPrimeOperator.DIM4),
    ZPRIME_DIM5("Z' dim 5 (dipole)", ZPrimeOperator.DIM5),
    ZPRIME_DIM6("Z' dim 6", ZPrimeOperator.DIM6),
    ALP("ALP", null);

    private final String label;
    private final ZPrimeOperator operator;

    CouplingModelKind(String label, ZPrimeOperator operator) {
        this.label = label;
        this.operator = operator;
    }

    public String label() {
        return label;
    }

    /** Unit of the couplings (empty for dimensionless): the operator's, g/f in GeV⁻¹ for the ALP. */
    public String unit() {
        return operator == null ? "GeV^-1" : operator.couplingUnit();
    }

    /** The label with the coupling unit in brackets, e.g. {@code Z' dim 6 [GeV^-2]}. */
    public String labelWithUnit() {
        return unit().isEmpty() ? label : label + " [" + unit() + "]";
    }

    /** Rate coefficients of the process at {@code massGeV}. */
    public RateCoefficients coefficients(BToKX process, double massGeV) {
        return process.coefficients(massGeV, unitModel());
    }

    /** A model of this kind with unit couplings (the rates only need its kind). */
    public NewPhysics unitModel() {
        return operator == null ? new Alp(1, 1, 1) : new ZPrime(operator, new Couplings(1, 1));
    }
}
