/**
 * The analysis data bundles shipped as resources (Belle II likelihood and derived tables, number densities,
 * digitised paper curves, counting results), each with its provenance, read into typed records by
 * {@link org.darkflav.recast.data.AnalysisBundles}.
 */
package org.darkflav.recast.data;
