/**
 * Couplings as fit parameters: the combined likelihood with its POI derived from (g_V, g_A) of a Z′ or ALP and
 * form factors as correlated nuisances; best fits and intervals, the Δχ² planes of the paper's Fig. 2, and ALP
 * decay constants against mass (doc/couplings.md).
 */
package org.darkflav.recast.couplings;
