/**
 * One small class per analysis, each building pyhf workspaces with a light X from the bundled data: Belle II's
 * 12-bin simplified model by the paper's method, Belle II's published likelihood with X folded in, BaBar's
 * approximate likelihoods (B → K, B → K*) and counting results. A {@link org.darkflav.recast.analysis.RecastWorkspace}
 * is a generated workspace with the Br that one unit of its POI stands for.
 */
package org.darkflav.recast.analysis;
