package org.darkflav.infer;

import java.util.List;

/**
 * Upper limits on the POI at one confidence level, observed and the expected band.
 *
 * @param cl confidence level (0.95: CLs = 0.05)
 * @param observed the observed limit
 * @param expected the expected limits, −2σ ... +2σ
 * @param method how the limits were found
 * @param tests every hypothesis test evaluated, in increasing POI order
 * @param poiUpperBound the POI upper bound the fits used: above the model's when the search had to
 *     extend it
 * @param warnings what the caller must know (a raised POI bound, a limit outside the scanned grid);
 *     empty when all is well
 */
public record UpperLimitResult(
        double cl,
        double observed,
        ExpectedBand expected,
        Method method,
        List<HypoTestResult> tests,
        double poiUpperBound,
        List<String> warnings) {

    public UpperLimitResult {
        tests = List.copyOf(tests);
        warnings = List.copyOf(warnings);
    }

    /** How a limit was found. */
    public enum Method {
        /** Bracket expansion, then a bracketing root finder per curve (pyhf's {@code toms748_scan}). */
        ROOT_FINDING,
        /** Hypothesis tests on a grid, then linear interpolation at CLs = 1 − cl (pyhf with {@code scan=}). */
        GRID_SCAN
    }

    /** Limit for curve {@code k}: 0 = observed, 1..5 = expected −2σ .. +2σ. */
    public double limit(int k) {
        return k == 0 ? observed : expected.get(k - 1);
    }
}
