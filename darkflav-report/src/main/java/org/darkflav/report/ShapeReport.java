package org.darkflav.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.plot.Plots;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.Series;
import org.darkflav.recast.scan.ShapeEnvelope;
import org.darkflav.recast.scan.ShapeEnvelopePoint;
import org.darkflav.recast.scan.ShapeVariant;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signal-shape and resolution systematics of the reproduction: the report section, its figure and the
 * {@code shape_systematics} object of summary.json.
 */
final class ShapeReport {

    static final String FIGURE = "figures/shape_systematics_br";
    static final String TITLE = "Signal-shape and resolution systematics";

    private static final String NOTE = "belle2-ita (paper method, PAPER_REPRODUCTION) best fit and local Z with the "
            + "B -> K X shape in q2rec varied: Gaussian sigma = 1.0, 1.5 (nominal, the paper's), 2.0 GeV2; Crystal Ball "
            + "and Breit-Wigner x Gaussian at sigma = 1.5 GeV2 (illustrative tail and width parameters, not fitted to "
            + "Belle II); all renormalised to the binned q2rec range. Envelope = min/max over the variants, nominal "
            + "included. Beyond the paper; no CLs limits.";

    private ShapeReport() {}

    static void report(ReportDocument d, ShapeEnvelope e, List<String> figures) {
        d.heading(2, TITLE);
        d.paragraph(NOTE);
        List<String> variants = new ArrayList<>();
        for (ShapeVariant v : e.variants()) {
            variants.add("`" + v.name() + "` = " + v.signal().shape().label());
        }
        d.paragraph("Variants: " + String.join("; ", variants) + ".");
        List<List<String>> rows = new ArrayList<>();
        for (ShapeEnvelopePoint p : e.points()) {
            rows.add(List.of(String.format(Locale.ROOT, "%.2f", p.mass()), Formats.sci(p.nominalBr()),
                    extreme(Formats.sci(p.brMin()), p.brMinVariant(), p.brMin() == p.brMax()),
                    extreme(Formats.sci(p.brMax()), p.brMaxVariant(), p.brMin() == p.brMax()), Formats.f2(p.nominalZ()),
                    extreme(Formats.f2(p.zMin()), p.zMinVariant(), p.zMin() == p.zMax()),
                    extreme(Formats.f2(p.zMax()), p.zMaxVariant(), p.zMin() == p.zMax()), p.converged() ? "yes" : "NO"));
        }
        d.table(List.of("m_X / GeV", "Br nominal", "Br min (variant)", "Br max (variant)", "Z nominal",
                "Z min (variant)", "Z max (variant)", "converged"), rows);
        if (figures.contains(FIGURE)) {
            d.figure(FIGURE + ".png", FIGURE);
        }
    }

    /** A value with the variant giving it, or "all variants" when every variant agrees (e.g. Br = 0). */
    private static String extreme(String value, String variant, boolean allEqual) {
        return value + " (" + (allEqual ? "all variants" : variant) + ")";
    }

    static void json(ObjectNode o, ShapeEnvelope e) {
        o.put("approximate", true);
        o.put("note", NOTE);
        ObjectNode variants = o.putObject("variants");
        for (ShapeVariant v : e.variants()) {
            variants.put(v.name(), v.signal().shape().label());
        }
        o.put("nominal", e.variants().get(0).name());
        o.put("converged", e.converged());
        ArrayNode points = o.putArray("points");
        for (ShapeEnvelopePoint p : e.points()) {
            ObjectNode q = points.addObject();
            Json.put(q, "mass_GeV", p.mass());
            Json.put(q, "br_nominal", p.nominalBr());
            Json.put(q, "br_min", p.brMin());
            q.put("br_min_variant", p.brMinVariant());
            Json.put(q, "br_max", p.brMax());
            q.put("br_max_variant", p.brMaxVariant());
            Json.put(q, "Z_nominal", p.nominalZ());
            Json.put(q, "Z_min", p.zMin());
            q.put("Z_min_variant", p.zMinVariant());
            Json.put(q, "Z_max", p.zMax());
            q.put("Z_max_variant", p.zMaxVariant());
            ObjectNode br = q.putObject("br");
            ObjectNode z = q.putObject("Z_local");
            for (int k = 0; k < p.variants().size(); k++) {
                Json.put(br, p.variants().get(k), p.br()[k]);
                Json.put(z, p.variants().get(k), p.z()[k]);
            }
            q.put("converged", p.converged());
        }
    }

    /**
     * One Br curve per variant, nominal first ({@code lines}: the plots' best-fit band would be labelled
     * ±1σ, which an envelope is not).
     */
    static String draw(ShapeEnvelope e, Path dir) {
        double[] x = e.points().stream().mapToDouble(ShapeEnvelopePoint::mass).toArray();
        List<Series> curves = new ArrayList<>();
        for (int k = 0; k < e.variants().size(); k++) {
            int kk = k;
            curves.add(new Series(e.variants().get(k).name() + (k == 0 ? " (nominal)" : ""), x,
                    e.points().stream().mapToDouble(p -> p.br()[kk]).toArray()));
        }
        Plots.lines(new PlotSpec("belle2-ita: Br best fit per signal shape", "m_X [GeV]", "Br(B+ -> K+ X)", false,
                List.of("beyond the paper")), curves).writeAll(dir.resolve(FIGURE));
        return FIGURE;
    }
}
