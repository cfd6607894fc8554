package org.darkflav.recast.scan;

/**
 * One analysis as a mass scan sees it: the inference at one m_X. Implementations are immutable and
 * thread-safe (masses run in parallel).
 */
public interface ScanAnalysis {

    /** Short name, e.g. {@code belle2-ita}. */
    String name();

    boolean approximate();

    /** One line for reports. */
    String note();

    /** Lowest mass in GeV the analysis is defined at. */
    double minMass();

    /** Highest mass in GeV the analysis is defined at. */
    double maxMass();

    /** The inference at {@code massGeV}. */
    MassPoint at(double massGeV);
}
