/** The flavour-physics commands: rates, couplings, form factors and the B3 − L3 model. */
package org.darkflav.cli.physics;
