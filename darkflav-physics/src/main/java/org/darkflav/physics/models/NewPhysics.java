package org.darkflav.physics.models;

/**
 * A light invisible boson X with its b–s couplings: a {@link ZPrime} (one operator of Eq. 2) or an
 * {@link Alp} (Eq. 14). The mass is passed separately to the rate functions.
 *
 * <p>Every rate is Γ = w_V c_V + w_A c_A, where c_V, c_A are the process's rate coefficients for
 * this model kind and w_V, w_A the squared vector and axial weights returned here.
 */
public sealed interface NewPhysics permits ZPrime, Alp {

    /** Weight of the vector rate coefficient: |g_V|² (Z′) or |g_V/f|² (ALP). */
    double vectorWeight();

    /** Weight of the axial rate coefficient: |g_A|² (Z′) or |g_A/f|² (ALP). */
    double axialWeight();
}
