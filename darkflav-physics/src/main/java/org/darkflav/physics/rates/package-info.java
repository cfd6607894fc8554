/**
 * Rates: dΓ/dq² and branching ratios of B → K X and B → K* X for each model
 * ({@link org.darkflav.physics.rates.BToPseudoscalarX}, {@link org.darkflav.physics.rates.BToVectorX}), the SM
 * B⁺ → K⁺ νν̄ spectrum, rate coefficients with form-factor uncertainties, and the inversion from a measured
 * branching ratio to couplings. {@link org.darkflav.physics.rates.PhysicsInputs} bundles the default inputs.
 */
package org.darkflav.physics.rates;
