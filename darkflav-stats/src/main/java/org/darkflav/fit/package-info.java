/**
 * Minimisation of bounded objectives with analytic gradients, and the errors that follow.
 *
 * <h2>What to use when</h2>
 *
 * <ul>
 *   <li>A fit with errors (best-fit values, uncertainties, correlations): {@code new
 *       QuasiNewtonMinimizer()} with the defaults, which match pyhf's Minuit set-up on twice the NLL
 *       (tolerance 0.1, errordef 1, strategy 1, Hessian computed).
 *   <li>Many fits where only the minimum matters (profile-likelihood scans, toys, test statistics):
 *       {@code FitOptions.builder().strategy(0).computeHessian(false).build()}; this skips the two
 *       central-difference Hessians (2 m gradient calls each).
 *   <li>A scan or a set of conditional fits of the same objective: fit once with errors, then pass
 *       that result as a warm start, {@code minimizer.minimize(problem.withFixed(poi, mu), freeFit)};
 *       the earlier covariance replaces the m + 1 gradient calls of the starting Hessian.
 *   <li>A chain of fits without errors, each next to the last (limit searches, intervals): start each
 *       from its neighbour with {@code minimizer.minimizeNear(problem, neighbour)}, which also uses the
 *       neighbour's final quasi-Newton metric ({@link org.darkflav.fit.FitResult#metric()}) when it has no
 *       covariance; on Belle II's 232 parameters such a fit takes ~10 gradient calls instead of ~260.
 *   <li>Errors at a point you already have: {@link org.darkflav.fit.Hessian#compute} then
 *       {@link org.darkflav.fit.Hessian#covariance} and {@link org.darkflav.fit.Hessian#correlation}.
 * </ul>
 *
 * <pre>{@code
 * FitProblem problem = new FitProblem(objective, start, lower, upper, fixed);
 * FitResult fit = new QuasiNewtonMinimizer().minimize(problem);
 * if (!fit.converged()) {
 *     throw new IllegalStateException("fit failed: " + fit.status() + "\n" + String.join("\n", fit.log()));
 * }
 * double mu = fit.values()[0], sigmaMu = fit.errors()[0];
 * Minimizer fast = new QuasiNewtonMinimizer(FitOptions.builder().strategy(0).computeHessian(false).build());
 * FitResult conditional = fast.minimize(problem.withFixed(0, 1.0), fit);
 * }</pre>
 *
 * <p>Always look at {@link org.darkflav.fit.FitResult#status()}: only {@code CONVERGED} results can be
 * trusted without looking closer; {@link org.darkflav.fit.FitResult#log()} says what was tried.
 */
package org.darkflav.fit;
