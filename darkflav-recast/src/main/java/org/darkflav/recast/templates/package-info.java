/**
 * Signal templates of B → K X in the reconstructed q²: line shapes (Gaussian, Crystal Ball, Breit–Wigner ⊗
 * Gaussian) binned in q²rec, and the folding of a q²gen distribution through an analysis's number densities.
 */
package org.darkflav.recast.templates;
