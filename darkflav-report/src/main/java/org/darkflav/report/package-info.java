/**
 * Reports of darkflav results: {@link org.darkflav.report.ReproductionWriter} writes a reproduction's
 * summary.json, Markdown/HTML report, tables and figures; {@link org.darkflav.report.ScanTables},
 * {@link org.darkflav.report.CouplingJson} and {@link org.darkflav.report.Json} serialise single results for
 * the command line; {@link org.darkflav.report.Formats} is how numbers are printed.
 */
package org.darkflav.report;
