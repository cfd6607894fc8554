package org.darkflav.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Checks of figure inputs shared by the figure factories, with messages naming the offending input. */
final class PlotInputs {

    private PlotInputs() {}

    static List<BandPoint> sortedBand(String what, List<BandPoint> points) {
        List<BandPoint> sorted = new ArrayList<>(requireNonEmpty(what + " points", points));
        sorted.forEach(p -> Objects.requireNonNull(p, () -> what + " points contain null"));
        sorted.sort(Comparator.comparingDouble(BandPoint::x));
        return sorted;
    }

    static <T> List<T> requireNonEmpty(String what, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(what + ": need at least one entry, got "
                    + (list == null ? "null" : "an empty list"));
        }
        return List.copyOf(list);
    }
}
