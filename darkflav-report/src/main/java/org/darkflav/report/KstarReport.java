package org.darkflav.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.plot.BandPoint;
import org.darkflav.plot.Plots;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.Series;
import org.darkflav.recast.analysis.BabarKstarApproximateLikelihood;
import org.darkflav.recast.analysis.BabarKstarCounting;
import org.darkflav.recast.analysis.CountingLimit;
import org.darkflav.recast.analysis.KstarXLimit;
import org.darkflav.recast.analysis.KstarXResults;
import org.darkflav.recast.data.AlpacaCurve;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.FitCurve;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * APPROXIMATE B → K* X upper limits versus m_X (paper Fig. 1 right): the report section, the figure
 * {@code fig1_right}, the tables and the {@code kstar_x} object of summary.json.
 */
final class KstarReport {

    static final String FIGURE = "figures/fig1_right";
    static final String TABLE = "tables/kstar_x";
    static final String TITLE = "B -> K* X upper limits (APPROXIMATE)";
    /** Masses of the report's table. */
    private static final double[] REPORT_MASSES = {0.5, 1.0, 1.5, 2.0, 2.5, 2.7};

    private KstarReport() {}

    static void json(ObjectNode o, KstarXResults k, String grid, PaperValues paperValues) {
        o.put("approximate", true);
        o.put("note", BabarKstarApproximateLikelihood.NOTE + "; trusted up to "
                + BabarKstarApproximateLikelihood.RELIABLE_MAX_MASS_GEV + " GeV (the digitised band closes above)");
        o.put("mass_grid_GeV", grid);
        ArrayNode scan = o.putArray("scan");
        for (KstarXLimit l : k.scan()) {
            point(scan.addObject(), l);
        }
        ObjectNode c = o.putObject("counting_cross_check");
        c.put("approximate", true);
        c.put("note", BabarKstarCounting.NOTE);
        ArrayNode list = c.putArray("channels");
        for (CountingLimit l : k.counting()) {
            ObjectNode q = list.addObject();
            q.put("channel", l.channel());
            Json.put(q, "ul90", l.ul90());
            Json.put(q, "ul95", l.ul95());
            Json.put(q, "events_per_br", l.eventsPerBr());
        }
        ObjectNode paper = o.putObject("paper");
        paper.put("statement", statement(paperValues));
        paper.put("approximate", false);
        paper.put("note", paperValues.citation());
    }

    private static void point(ObjectNode q, KstarXLimit l) {
        Json.put(q, "mass_GeV", l.massGeV());
        Json.put(q, "br", l.br());
        Json.put(q, "err_lo", l.errLo());
        Json.put(q, "err_hi", l.errHi());
        Json.put(q, "ul90", l.ul90());
        Json.put(q, "ul95", l.ul95());
        Json.put(q, "ul_2sigma", l.ul2Sigma());
    }

    /** The paper's words, quoted. */
    private static String statement(PaperValues p) {
        return "\"" + p.kstarStatement() + "\"";
    }

    static String csv(KstarXResults k) {
        StringBuilder b = new StringBuilder("# B -> K* X: ").append(BabarKstarApproximateLikelihood.NOTE)
                .append('\n').append("mass_GeV,br,err_lo,err_hi,ul90,ul95,ul_2sigma\n");
        for (KstarXLimit l : k.scan()) {
            b.append(String.join(",", Formats.mass(l.massGeV()), Formats.num(l.br()), Formats.num(l.errLo()),
                    Formats.num(l.errHi()), Formats.num(l.ul90()), Formats.num(l.ul95()),
                    Formats.num(l.ul2Sigma()))).append('\n');
        }
        return b.toString();
    }

    static ObjectNode tableJson(KstarXResults k, String grid, PaperValues paperValues) {
        ObjectNode o = Json.object();
        o.put("analysis", "babar-kstar");
        json(o, k, grid, paperValues);
        return o;
    }

    static void report(ReportDocument d, KstarXResults k, AnalysisBundles bundles, List<String> figures, String grid,
            PaperValues paperValues) {
        d.heading(2, TITLE);
        d.paragraph("The paper (Sec. II, Fig. 1 right): " + statement(paperValues) + " BaBar's per-bin K* data are not public, "
                + "so darkflav's limits rest on an approximate likelihood (" + BabarKstarApproximateLikelihood.NOTE
                + "). The digitised band closes to zero above " + BabarKstarApproximateLikelihood.RELIABLE_MAX_MASS_GEV
                + " GeV (where the curve stops; no curve at 3 GeV), so the scan ends there. The term at each mass is "
                + "the B -> K* X constraint for coupling fits (`BabarKstarApproximateLikelihood.at`).");
        FitCurve paper = bundles.fitCurve(AlpacaCurve.BABAR_B_TO_KSTAR);
        BabarKstarApproximateLikelihood like = new BabarKstarApproximateLikelihood(paper);
        List<List<String>> rows = new ArrayList<>();
        for (double m : REPORT_MASSES) {
            KstarXLimit l = like.limits(m);
            double[] c = paper.at(m);
            rows.add(List.of(String.format(Locale.ROOT, "%.2f", m), Formats.br(l.br(), l.errLo(), l.errHi()),
                    Formats.sci(l.ul90()), Formats.sci(l.ul95()), Formats.sci(l.ul2Sigma()),
                    Formats.sci(c[0]) + " [" + Formats.sci(c[1]) + ", " + Formats.sci(c[2]) + "]"));
        }
        d.table(List.of("m_X / GeV", "Br (best, -1s, +1s)", "UL 90 %", "UL 95 %", "UL 2 sigma (dchi2 = 4)",
                "paper curve: best [1 sigma band] (digitised)"), rows);
        d.paragraph(String.format(Locale.ROOT, "Full grid (%s GeV): `%s.csv`, `.json`. Paper's own 2 sigma use: "
                + "F_A = 2f/|g_A| > %s GeV from B -> K* a at m_a = %s GeV (Sec. III).", grid, TABLE,
                Formats.short2(paperValues.fAMin2Sigma()), Formats.mass(paperValues.massGeV())));
        List<List<String>> counting = new ArrayList<>();
        for (CountingLimit l : k.counting()) {
            counting.add(List.of(l.channel(), l.observed() < 0 ? "-" : Integer.toString(l.observed()),
                    Double.isFinite(l.background()) ? String.format(Locale.ROOT, "%.2f +- %.2f", l.background(),
                            l.backgroundStd()) : "-", Formats.sci(l.eventsPerBr()), Formats.sci(l.ul90()),
                    Formats.sci(l.ul95())));
        }
        d.paragraph("Cross-check from BaBar's 2013 hadronic-tag single-bin counts (" + BabarKstarCounting.NOTE
                + "). The 90 % limits of the single channels equal the quoted ones by construction; the 95 % limits "
                + "and the combination are consequences of the Poisson model. Without q^2 information this is "
                + "weaker than the binned (digitised) result.");
        d.table(List.of("channel", "observed", "background", "events per unit Br", "UL 90 %", "UL 95 %"), counting);
        if (figures.contains(FIGURE)) {
            d.figure(FIGURE + ".png", "B -> K* X (APPROXIMATE), paper Fig. 1 right");
        }
    }

    static String draw(KstarXResults k, AnalysisBundles bundles, Path dir) {
        List<BandPoint> band = new ArrayList<>();
        for (KstarXLimit l : k.scan()) {
            double lo = l.br() - l.errLo();
            double hi = l.br() + l.errHi();
            band.add(new BandPoint(l.massGeV(), l.br(), lo, hi, lo, hi));
        }
        FitCurve paper = bundles.fitCurve(AlpacaCurve.BABAR_B_TO_KSTAR);
        List<Series> overlays = List.of(
                new Series("90 % CL UL (dchi2 = 2.71)", k.scan().stream().mapToDouble(KstarXLimit::massGeV).toArray(),
                        k.scan().stream().mapToDouble(KstarXLimit::ul90).toArray()),
                new Series("paper: best fit (digitised)", paper.massGeV(), paper.best()),
                new Series("paper: upper 1 sigma edge (digitised)", paper.massGeV(), paper.upper()));
        Plots.bestFitBand(new PlotSpec("B -> K* X: Br best fit, 1 sigma band, 90 % CL UL", "m_X [GeV]",
                "Br(B -> K* X)", false, List.of(Formats.APPROXIMATE_SEE_REPORT)), band, overlays)
                .writeAll(dir.resolve(FIGURE));
        return FIGURE;
    }
}
