/** Recast of B → K(*) X searches: analysis bundles, signal templates, mass scans and combinations. */
package org.darkflav.recast;
