package org.darkflav.physics.models;

import java.util.Objects;

/**
 * A light Z′ coupled through one operator of Eq. (2).
 *
 * @param operator  dimension 4, 5 or 6
 * @param couplings g_L, g_R (dimension 4), g/Λ in GeV⁻¹ (5) or g/Λ² in GeV⁻² (6)
 */
public record ZPrime(ZPrimeOperator operator, Couplings couplings) implements NewPhysics {

    public ZPrime {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(couplings, "couplings");
    }

    @Override
    public double vectorWeight() {
        return couplings.gV() * couplings.gV();
    }

    @Override
    public double axialWeight() {
        return couplings.gA() * couplings.gA();
    }
}
