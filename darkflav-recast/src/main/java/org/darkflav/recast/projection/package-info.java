/**
 * Luminosity projections: workspaces scaled to a higher integrated luminosity (systematics fixed or shrinking),
 * Asimov data from the current fit, and the expected significance and limits (the Belle II outlook).
 */
package org.darkflav.recast.projection;
