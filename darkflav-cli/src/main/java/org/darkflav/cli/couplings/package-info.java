/** {@code darkflav couplings-fit}: couplings as fit parameters and the paper's Fig. 2 at one mass. */
package org.darkflav.cli.couplings;
