/**
 * Mass scans: the inference at each m_X of an analysis ({@link org.darkflav.recast.scan.ScanAnalysis}) — best-fit
 * Br with its profile interval, local significance, CLs limits — run over a
 * {@link org.darkflav.recast.scan.MassGrid} in parallel, the best mass, combinations and signal-shape variants.
 */
package org.darkflav.recast.scan;
