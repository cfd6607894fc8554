package org.darkflav.recast.lee;

/**
 * A finished look-elsewhere run: the result, and how this run went (not part of the result: a resumed
 * run and an uninterrupted one have the same result but not the same timing).
 *
 * @param result the study's result
 * @param engine the execution engine the toys ran on
 * @param parallelism how many tasks ran at once (threads, or the cluster's parallelism)
 * @param wallSeconds wall time of this run
 * @param fits fits done by this run, the observed scan's included
 */
public record LeeRun(LeeResult result, String engine, int parallelism, double wallSeconds, long fits) {

    public double fitsPerSecond() {
        return wallSeconds > 0 ? fits / wallSeconds : 0;
    }
}
