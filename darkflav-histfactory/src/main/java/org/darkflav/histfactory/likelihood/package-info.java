/**
 * The HistFactory likelihood as inference sees it: {@link org.darkflav.histfactory.likelihood.HistFactoryModel}
 * implements {@code org.darkflav.infer.StatisticalModel} on a compiled model, with the main Poisson terms, the
 * constraint terms and their analytic gradient (doc/likelihood.md), Asimov data and pseudo-experiments.
 * Most users get a model from {@code Workspace.model()}.
 */
package org.darkflav.histfactory.likelihood;
