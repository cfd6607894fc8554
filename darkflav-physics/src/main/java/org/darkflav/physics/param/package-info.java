/**
 * Parameters with provenance ({@link org.darkflav.physics.param.Parameter}: value, uncertainty, unit, source),
 * read from the bundled JSON files; {@link org.darkflav.physics.param.PaperValues} holds the numbers of the
 * paper that the reproduction is compared with.
 */
package org.darkflav.physics.param;
