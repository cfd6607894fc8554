package org.darkflav.recast.data;

/**
 * A single-bin search result as encoded by flavio: observed events, expected background (BaBar 2013)
 * or fitted signal (Belle, BaBar 2010) and the published upper limit. Absent numbers are NaN.
 */
public record CountingResult(String measurement, String experiment, String inspireKey, String observable,
        double upperLimit, double confidenceLevel, double countsTotal, double countsBackground,
        double countsSignal, double backgroundStd, Provenance provenance) {}
