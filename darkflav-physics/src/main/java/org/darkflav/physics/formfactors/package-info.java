/**
 * Form factors with uncertainties, named after their papers: {@link org.darkflav.physics.formfactors.Hpqcd2022}
 * (B → K, lattice) and {@link org.darkflav.physics.formfactors.Bsz2015} (B → K*, LCSR and lattice), with their
 * coefficient covariances for sampling.
 */
package org.darkflav.physics.formfactors;
