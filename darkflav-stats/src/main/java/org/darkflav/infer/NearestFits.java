package org.darkflav.infer;

import java.util.Map;
import java.util.TreeMap;
import org.darkflav.fit.FitResult;

/**
 * Converged fits by the value of the one parameter a search moves (the POI of a limit search, the
 * parameter of an interval), so that each new fit can start from the one made closest to it: its
 * point and its curvature ({@link ProfileLikelihood#fixedFit(double[], int[], double[], FitResult)}).
 * Not thread-safe: one per sequential search.
 */
final class NearestFits {

    private final TreeMap<Double, FitResult> fits = new TreeMap<>();

    /** Remembers {@code fit}, made at {@code value}, if it converged. */
    void add(double value, FitResult fit) {
        if (fit.converged()) {
            fits.put(value, fit);
        }
    }

    /** The fit made closest to {@code value} (the lower one on a tie), or {@code fallback} if none. */
    FitResult nearest(double value, FitResult fallback) {
        Map.Entry<Double, FitResult> below = fits.floorEntry(value);
        Map.Entry<Double, FitResult> above = fits.ceilingEntry(value);
        if (below == null && above == null) {
            return fallback;
        }
        if (below == null || above == null) {
            return below == null ? above.getValue() : below.getValue();
        }
        return value - below.getKey() <= above.getKey() - value ? below.getValue() : above.getValue();
    }

    void clear() {
        fits.clear();
    }
}
