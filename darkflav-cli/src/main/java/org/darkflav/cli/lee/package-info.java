/** {@code darkflav lee}: the global significance of an excess by look-elsewhere toys, with its progress display. */
package org.darkflav.cli.lee;
