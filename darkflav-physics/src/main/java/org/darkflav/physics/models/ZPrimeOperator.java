package org.darkflav.physics.models;

import org.darkflav.physics.PhysicsInputException;

/** The three b–s–Z′ operators of Eq. (2), by mass dimension. */
public enum ZPrimeOperator {
    /** Z′_μ s̄ γ^μ P b, coupling g (dimensionless). */
    DIM4(4, ""),
    /** Z′_μν s̄ σ^μν P b / Λ (dipole), coupling g/Λ in GeV⁻¹. */
    DIM5(5, "GeV^-1"),
    /** ∂^ν Z′_μν s̄ γ^μ P b / Λ², coupling g/Λ² in GeV⁻². */
    DIM6(6, "GeV^-2");

    private final int dimension;
    private final String couplingUnit;

    ZPrimeOperator(int dimension, String couplingUnit) {
        this.dimension = dimension;
        this.couplingUnit = couplingUnit;
    }

    /** Mass dimension of the operator. */
    public int dimension() {
        return dimension;
    }

    /** Unit of the coupling (empty for dimensionless). */
    public String couplingUnit() {
        return couplingUnit;
    }

    /** The operator of dimension 4, 5 or 6. */
    public static ZPrimeOperator ofDimension(int dimension) {
        for (ZPrimeOperator op : values()) {
            if (op.dimension == dimension) {
                return op;
            }
        }
        throw new PhysicsInputException("Z' operator dimension must be 4, 5 or 6, got " + dimension);
    }
}
