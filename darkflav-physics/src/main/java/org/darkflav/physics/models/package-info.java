/**
 * New-physics models that give B → K(*) X: a light Z′ with dimension-4, -5 and -6 couplings, an axion-like
 * particle, and the gauged B3 − L3 model with its widths and decay length.
 */
package org.darkflav.physics.models;
