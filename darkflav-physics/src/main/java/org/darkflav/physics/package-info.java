/**
 * Flavour physics of B → K(*) X: form factors, kinematics, new-physics models (Z′, ALP, B3 − L3), rates and the
 * map between branching ratios and couplings. Independent of every other darkflav module; all inputs are data
 * with provenance under {@code org/darkflav/physics/data}.
 */
package org.darkflav.physics;
