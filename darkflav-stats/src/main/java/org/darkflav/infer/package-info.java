/**
 * Statistical inference on a {@link org.darkflav.infer.StatisticalModel}, with pyhf's conventions.
 *
 * <p>What to use when:
 *
 * <ul>
 *   <li>{@link org.darkflav.infer.ProfileLikelihood}: the fits (free, POI fixed, any parameters fixed, warm
 *       starts) and test statistics; {@code ProfileLikelihood.of(model)} uses the production minimiser.
 *   <li>{@link org.darkflav.infer.HypoTest}: CLs at one POI value ({@code hypotest}), with a
 *       {@link org.darkflav.infer.TestStatistic} and a {@link org.darkflav.infer.Calculator} (asymptotic or
 *       toys).
 *   <li>{@link org.darkflav.infer.UpperLimit}: observed and expected upper limits, by root finding or a grid.
 *   <li>{@link org.darkflav.infer.Significance}: discovery p0 and Z.
 *   <li>{@link org.darkflav.infer.LikelihoodScan} and {@link org.darkflav.infer.ProfileInterval}: profile
 *       scans in any parameters, and Δ(2NLL) intervals.
 *   <li>{@link org.darkflav.infer.FitDiagnostics}: pulls, correlations, impact ranking, goodness of fit.
 *   <li>{@link org.darkflav.infer.TaskRunner}: where independent tasks (toys, grid points, refits) run;
 *       {@link org.darkflav.infer.LocalTaskRunner} for threads.
 * </ul>
 *
 * <p>Every result is an immutable record. Data vectors are main bins followed by auxiliary data, as the
 * model's {@code observedData()}.
 *
 * <pre>{@code
 * ProfileLikelihood pl = ProfileLikelihood.of(model);
 * HypoTestResult r = new HypoTest(pl, TaskRunner.sequential())
 *         .test(1.0, TestStatistic.QMU_TILDE, Calculator.asymptotic(), ProgressListener.NONE);
 * UpperLimitResult limit = UpperLimit.asymptotic(pl)
 *         .rootFinding(model.observedData(), 0.95, pl.poiLowerBound(), pl.poiUpperBound(), 1e-4,
 *                 ProgressListener.NONE);
 * // 90 % and 95 % limits from one search, sharing its fits
 * List<UpperLimitResult> both = UpperLimit.asymptotic(pl)
 *         .rootFinding(model.observedData(), new double[] {0.90, 0.95}, pl.poiLowerBound(),
 *                 pl.poiUpperBound(), 1e-4, ProgressListener.NONE);
 * }</pre>
 */
package org.darkflav.infer;
