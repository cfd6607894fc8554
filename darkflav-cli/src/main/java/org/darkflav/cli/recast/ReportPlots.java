package org.darkflav.cli.recast;

import java.nio.file.Path;
import java.util.List;
import org.darkflav.recast.couplings.CouplingInterpretationResult;

/**
 * How the report draws its figures. The report only hands over numbers; an implementation on a
 * plotting library writes {@code base}.png/.svg/.pdf. {@link #NONE} draws nothing, so the report never
 * depends on a plotting library being present.
 */
public interface ReportPlots {

    /** A labelled curve. */
    record Curve(String label, double[] x, double[] y) {}

    /** A central curve with ±1σ and ±2σ edges, per x. */
    record Band(double[] x, double[] central, double[] lo1, double[] hi1, double[] lo2, double[] hi2) {}

    /** Title, axis labels, log scale and notes (e.g. "APPROXIMATE: ...") printed on the figure. */
    record Spec(String title, String xLabel, String yLabel, boolean logY, List<String> notes) {}

    /** A labelled point, e.g. a benchmark model on Fig. 2. */
    record Marker(String label, double x, double y) {}

    /** Whether figures are produced at all (the report links them only then). */
    boolean enabled();

    /** Expected limits as a band with the observed limit on top (a Brazil plot). */
    void brazil(Path base, Spec spec, Band expected, Curve observed, List<Curve> overlays);

    /** A best-fit curve with its ±1σ (and ±2σ, may equal ±1σ) band and overlays. */
    void bestFitBand(Path base, Spec spec, Band band, List<Curve> overlays);

    /** Plain curves. */
    void lines(Path base, Spec spec, List<Curve> curves);

    /**
     * A stacked histogram over labelled bins (first curve at the bottom; the curves' x are ignored) with
     * data points and an optional step line (null for none), e.g. the stack's total.
     */
    void stackedBins(Path base, Spec spec, List<String> binLabels, List<Curve> stacked, double[] data, Curve line);

    /**
     * The paper's Fig. 2: left in (Br(B -> K X), Br(B -> K* X)) with the operator lines, Belle II's
     * {best, err_lo, err_hi} band and Belle's B -> K* limit; right in (g_L, g_R); a marker on each.
     */
    void fig2(Path left, Path right, CouplingInterpretationResult couplings, double[] belle2, double belleKstarLimit,
            Marker brMarker, Marker couplingMarker, String note);

    /** Draws nothing. */
    ReportPlots NONE = new ReportPlots() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void brazil(Path base, Spec spec, Band expected, Curve observed, List<Curve> overlays) {}

        @Override
        public void bestFitBand(Path base, Spec spec, Band band, List<Curve> overlays) {}

        @Override
        public void lines(Path base, Spec spec, List<Curve> curves) {}

        @Override
        public void stackedBins(Path base, Spec spec, List<String> binLabels, List<Curve> stacked, double[] data,
                Curve line) {}

        @Override
        public void fig2(Path left, Path right, CouplingInterpretationResult couplings, double[] belle2,
                double belleKstarLimit, Marker brMarker, Marker couplingMarker, String note) {}
    };
}
