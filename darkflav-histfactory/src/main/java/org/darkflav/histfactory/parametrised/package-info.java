/**
 * Parametrised samples: a {@link org.darkflav.histfactory.parametrised.ReparametrisedModel} wraps any
 * {@link org.darkflav.infer.StatisticalModel} and makes some of its parameters (a normfactor or the bins
 * of a shapefactor standing in for a signal) differentiable functions, written in Java as {@link
 * org.darkflav.histfactory.parametrised.ParameterFunction}s, of new named parameters. Groups of new
 * parameters may carry a correlated Gaussian constraint ({@link
 * org.darkflav.histfactory.parametrised.CorrelatedGaussianConstraint}), e.g. form-factor coefficients with
 * their covariance. The function is code; the rest of the model stays a pyhf JSON workspace.
 */
package org.darkflav.histfactory.parametrised;
