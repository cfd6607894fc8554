package org.darkflav.workflow;

/**
 * How long one stage of a {@link Reproducer} run took.
 *
 * @param stage short name of the stage
 * @param points mass points (or fits) of the stage
 * @param seconds wall-clock time
 */
public record StageTiming(String stage, int points, double seconds) {}
