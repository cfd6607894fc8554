/**
 * What a model predicts in every channel, as cabinetry's {@code model_utils.prediction} gives it: the yield of
 * each sample per bin, their total with its 1σ uncertainty, and the observed counts, pre-fit or at a fit
 * ({@link org.darkflav.histfactory.predict.Predictions}). The uncertainty is linear error propagation with the
 * analytic Jacobian of the expected rates.
 */
package org.darkflav.histfactory.predict;
