package org.darkflav.recast.lee;

/**
 * Where a look-elsewhere run stands, reported after the observed scan and after every finished chunk.
 *
 * @param chunksDone chunks finished, those of an earlier interrupted run included
 * @param chunks all chunks
 * @param toysDone toys finished, those of an earlier run included
 * @param toys all toys
 * @param toysThisRun toys finished by this run
 * @param fitsThisRun fits done by this run (the observed scan's included)
 * @param seconds wall time of this run so far
 */
public record LeeProgress(int chunksDone, int chunks, int toysDone, int toys, int toysThisRun, long fitsThisRun,
        double seconds) {

    /** Fits per second of this run so far. */
    public double fitsPerSecond() {
        return seconds > 0 ? fitsThisRun / seconds : 0;
    }
}
