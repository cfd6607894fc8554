/**
 * The compiled model: {@link org.darkflav.histfactory.model.ModelCompiler} turns channels, samples and modifiers
 * into flat arrays on one global bin axis, with one kernel per kind of arithmetic (scalar factors, per-bin
 * factors, histosys) and pyhf's interpolation codes ({@link org.darkflav.histfactory.model.Interpolation}).
 * Immutable; per-thread scratch lives in {@link org.darkflav.histfactory.model.Scratch}.
 */
package org.darkflav.histfactory.model;
