package org.darkflav.plot;

import java.util.List;
import java.util.Objects;

/**
 * What a plot says around its data: title, axis labels (Unicode such as "m_X [GeV]" or "Br(B → K X)" is fine),
 * whether the y axis is logarithmic (in decades), and free-text notes drawn in the top-left corner of the plot
 * area (e.g. "Belle II 362 fb⁻¹", "approximate BaBar likelihood").
 */
public record PlotSpec(String title, String xLabel, String yLabel, boolean logY, List<String> notes) {

    /** {@code notes} may be null (no notes); the other texts must not be. */
    public PlotSpec {
        Objects.requireNonNull(title, "plot title (use \"\" for none)");
        Objects.requireNonNull(xLabel, "x-axis label");
        Objects.requireNonNull(yLabel, "y-axis label");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A spec without notes. */
    public static PlotSpec of(String title, String xLabel, String yLabel, boolean logY) {
        return new PlotSpec(title, xLabel, yLabel, logY, List.of());
    }
}
