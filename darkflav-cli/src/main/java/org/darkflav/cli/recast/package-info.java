/** The recast commands: reproduce, scan-mass and projection. */
package org.darkflav.cli.recast;
