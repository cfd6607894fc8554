/** The inference commands as pyhf names them: hypotest, limit, significance, scan, pulls, ranking, gof. */
package org.darkflav.cli.infer;
