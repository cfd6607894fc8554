package org.darkflav.cli.recast;

/**
 * How long one stage of {@code darkflav reproduce} took.
 *
 * @param stage what was computed
 * @param points mass points (or fits) of the stage
 * @param seconds wall-clock time
 */
record StageTiming(String stage, int points, double seconds) {}
