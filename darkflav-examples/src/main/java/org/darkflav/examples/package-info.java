/**
 * Runnable examples of the darkflav library, each a {@code main}: a pyhf workspace's fit, hypothesis test, limit and
 * significance; the paper's reproduction from Java; rates and couplings; a mass scan of one's own binned search.
 * The tests of this module run them all.
 */
package org.darkflav.examples;
