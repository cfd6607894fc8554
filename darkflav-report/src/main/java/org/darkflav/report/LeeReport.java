package org.darkflav.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.Plots;
import org.darkflav.plot.Series;
import org.darkflav.recast.lee.GlobalSignificance;
import org.darkflav.recast.lee.LeeJson;
import org.darkflav.recast.lee.LeeResult;
import org.darkflav.recast.lee.LeeRun;
import org.darkflav.recast.lee.MaxZDistribution;
import org.darkflav.workflow.Reproduction;
import tools.jackson.databind.node.ObjectNode;

/**
 * The global significance of the excess (look-elsewhere toys): summary.json's {@code global_significance}, the
 * report section and one figure per analysis, the probability that a background-only experiment's largest local Z
 * reaches z, with the Gross–Vitells estimate and the local tail.
 */
final class LeeReport {

    private LeeReport() {}

    /** {@code global_significance}: per analysis the output of {@code darkflav lee --json}. */
    static void json(ObjectNode o, Reproduction r) {
        for (LeeRun run : r.globalSignificance()) {
            o.set(run.result().setup().analysis(), LeeJson.of(run));
        }
    }

    static void report(ReportDocument d, Reproduction r, List<String> figures) {
        if (r.globalSignificance().isEmpty()) {
            return;
        }
        d.heading(2, "Global significance of the excess (look-elsewhere effect)");
        d.paragraph("Background-only toys drawn at the SM-only fit to the data, each scanned over the same mass grid as "
                + "the data (one fit with X free per mass); global p = the fraction of toys whose largest local Z "
                + "reaches the observed one. With the toy counts of a default run few toys reach the observed excess: "
                + "the Gross-Vitells estimate from up-crossings at Z = 1 in the same toys is the number to read, the "
                + "toy count a check. Runs with 10^4 toys each (`darkflav lee`) are in doc/recast.md, \"Global "
                + "significance of the 2 GeV excess\".");
        List<List<String>> rows = new ArrayList<>();
        for (LeeRun run : r.globalSignificance()) {
            LeeResult x = run.result();
            GlobalSignificance g = x.global();
            rows.add(List.of("`" + x.setup().analysis() + "`", String.format(Locale.ROOT, "%.2f (%.2f GeV)",
                    x.localZMax(), x.massAtMax()), String.format(Locale.ROOT, "%d of %d", g.atOrAbove(), g.toys()),
                    String.format(Locale.ROOT, "%.2g +- %.1g", g.p(), g.pError()),
                    Double.isFinite(g.z()) ? String.format(Locale.ROOT, "%.2f +- %.2f", g.z(), g.zError())
                            : String.format(Locale.ROOT, "> %.2f", g.zLowerBound()),
                    Formats.sci(x.grossVitells().p()), Formats.f2(x.grossVitells().z()),
                    Integer.toString(x.failedToys())));
        }
        d.table(List.of("analysis", "local Z max (m_X)", "toys at or above", "global p (toys)", "global Z (toys)",
                "global p (Gross-Vitells)", "global Z (Gross-Vitells)", "failed toys"), rows);
        for (String f : figures) {
            if (f.startsWith(FIGURE_PREFIX)) {
                d.figure(f + ".png", "largest local Z of background-only toys: " + f.substring(FIGURE_PREFIX.length()));
            }
        }
    }

    static final String FIGURE_PREFIX = "figures/global_significance_";

    /** P(max Z ≥ z) of the toys with its error band, Gross–Vitells, the local tail, the observed Z. */
    static List<String> draw(Reproduction r, Path dir) {
        List<String> names = new ArrayList<>();
        for (LeeRun run : r.globalSignificance()) {
            MaxZDistribution d = run.result().distribution();
            List<MaxZDistribution.Row> rows = d.rows().stream().filter(x -> x.pAtOrAbove() > 0).toList();
            if (rows.isEmpty()) {
                continue;
            }
            double[] z = rows.stream().mapToDouble(MaxZDistribution.Row::zLo).toArray();
            double[] p = rows.stream().mapToDouble(MaxZDistribution.Row::pAtOrAbove).toArray();
            double[] hi = rows.stream().mapToDouble(x -> x.pAtOrAbove() + x.pAtOrAboveError()).toArray();
            double[] gv = rows.stream().mapToDouble(MaxZDistribution.Row::grossVitellsP).toArray();
            double[] local = java.util.Arrays.stream(z).map(x -> 0.5 * org.hipparchus.special.Erf.erfc(x / Math.sqrt(2)))
                    .toArray();
            double floor = Math.min(p[p.length - 1], 1e-4);
            List<Series> series = List.of(new Series("toys: P(max Z >= z)", z, p),
                    new Series("toys: + 1 sigma", z, hi), new Series("Gross-Vitells", z, gv),
                    new Series("local p (no look-elsewhere)", z, local),
                    new Series(String.format(Locale.ROOT, "observed max Z = %.2f", d.observedZ()),
                            new double[] {d.observedZ(), d.observedZ()}, new double[] {floor, 1}));
            String analysis = run.result().setup().analysis();
            String name = FIGURE_PREFIX + analysis;
            Plots.lines(new PlotSpec(analysis + ": global p of the largest local Z", "z", "P(max Z >= z)", true,
                    List.of(run.result().global().toys() + " background-only toys")), series).writeAll(dir.resolve(name));
            names.add(name);
        }
        return names;
    }
}
