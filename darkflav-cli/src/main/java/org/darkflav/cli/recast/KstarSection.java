package org.darkflav.cli.recast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.cli.Json;
import org.darkflav.recast.analysis.BabarKstarApproximateLikelihood;
import org.darkflav.recast.analysis.BabarKstarCounting;
import org.darkflav.recast.analysis.CountingLimit;
import org.darkflav.recast.analysis.KstarXLimit;
import org.darkflav.recast.analysis.KstarXResults;
import org.darkflav.recast.data.AlpacaCurve;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.FitCurve;
import org.darkflav.recast.scan.MassGrid;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * APPROXIMATE B → K* X upper limits versus m_X (paper Fig. 1 right): the report section, the figure
 * {@code fig1_right}, the tables and the {@code kstar_x} object of summary.json.
 */
final class KstarSection {

    /**
     * Its own grid, 0.15–2.70 GeV in 0.05 GeV: reading the curve costs nothing, and the digitised band
     * starts at 0.10 GeV and is trusted up to {@link BabarKstarApproximateLikelihood#RELIABLE_MAX_MASS_GEV}.
     */
    static final MassGrid GRID = new MassGrid(0.15, BabarKstarApproximateLikelihood.RELIABLE_MAX_MASS_GEV, 0.05);
    static final String FIGURE = "figures/fig1_right";
    static final String TABLE = "tables/kstar_x";
    static final String TITLE = "B -> K* X upper limits (APPROXIMATE)";
    /** The paper's statement (Sec. II). */
    static final String PAPER_STATEMENT = "\"For B -> K* X, only BABAR data is available, and since there is no excess "
            + "seen, an upper limit of a few times 10^-5, depending on m_X, can be obtained.\"";
    /** Masses of the report's table. */
    private static final double[] REPORT_MASSES = {0.5, 1.0, 1.5, 2.0, 2.5, 2.7};

    private KstarSection() {}

    static KstarXResults compute(AnalysisBundles bundles) {
        return KstarXResults.compute(bundles, GRID.masses());
    }

    static void json(ObjectNode o, KstarXResults k) {
        o.put("approximate", true);
        o.put("note", BabarKstarApproximateLikelihood.NOTE + "; trusted up to "
                + BabarKstarApproximateLikelihood.RELIABLE_MAX_MASS_GEV + " GeV (the digitised band closes above)");
        o.put("mass_grid_GeV", GRID.toString());
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
        paper.put("statement", PAPER_STATEMENT);
        paper.put("approximate", false);
        paper.put("note", PaperValues.CITATION);
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

    static String csv(KstarXResults k) {
        StringBuilder b = new StringBuilder("# B -> K* X: ").append(BabarKstarApproximateLikelihood.NOTE)
                .append('\n').append("mass_GeV,br,err_lo,err_hi,ul90,ul95,ul_2sigma\n");
        for (KstarXLimit l : k.scan()) {
            b.append(String.join(",", ScanTables.mass(l.massGeV()), ScanTables.num(l.br()), ScanTables.num(l.errLo()),
                    ScanTables.num(l.errHi()), ScanTables.num(l.ul90()), ScanTables.num(l.ul95()),
                    ScanTables.num(l.ul2Sigma()))).append('\n');
        }
        return b.toString();
    }

    static ObjectNode tableJson(KstarXResults k) {
        ObjectNode o = Json.object();
        o.put("analysis", "babar-kstar");
        json(o, k);
        return o;
    }

    static void report(ReportDocument d, KstarXResults k, AnalysisBundles bundles, List<String> figures) {
        d.heading(2, TITLE);
        d.paragraph("The paper (Sec. II, Fig. 1 right): " + PAPER_STATEMENT + " BaBar's per-bin K* data are not public, "
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
            rows.add(List.of(String.format(Locale.ROOT, "%.2f", m), Report.br(l.br(), l.errLo(), l.errHi()),
                    Report.sci(l.ul90()), Report.sci(l.ul95()), Report.sci(l.ul2Sigma()),
                    Report.sci(c[0]) + " [" + Report.sci(c[1]) + ", " + Report.sci(c[2]) + "]"));
        }
        d.table(List.of("m_X / GeV", "Br (best, -1s, +1s)", "UL 90 %", "UL 95 %", "UL 2 sigma (dchi2 = 4)",
                "paper curve: best [1 sigma band] (digitised)"), rows);
        d.paragraph("Full grid (" + GRID + " GeV): `" + TABLE + ".csv`, `.json`. Paper's own 2 sigma use: "
                + "F_A = 2f/|g_A| > 1.7e8 GeV from B -> K* a at m_a = 2 GeV (Sec. III).");
        List<List<String>> counting = new ArrayList<>();
        for (CountingLimit l : k.counting()) {
            counting.add(List.of(l.channel(), l.observed() < 0 ? "-" : Integer.toString(l.observed()),
                    Double.isFinite(l.background()) ? String.format(Locale.ROOT, "%.2f +- %.2f", l.background(),
                            l.backgroundStd()) : "-", Report.sci(l.eventsPerBr()), Report.sci(l.ul90()),
                    Report.sci(l.ul95())));
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

    static String draw(KstarXResults k, AnalysisBundles bundles, ReportPlots plots, Path dir) {
        int n = k.scan().size();
        double[][] v = new double[4][n];
        for (int i = 0; i < n; i++) {
            KstarXLimit l = k.scan().get(i);
            v[0][i] = l.massGeV();
            v[1][i] = l.br();
            v[2][i] = l.br() - l.errLo();
            v[3][i] = l.br() + l.errHi();
        }
        FitCurve paper = bundles.fitCurve(AlpacaCurve.BABAR_B_TO_KSTAR);
        List<ReportPlots.Curve> overlays = List.of(
                new ReportPlots.Curve("90 % CL UL (dchi2 = 2.71)", v[0],
                        k.scan().stream().mapToDouble(KstarXLimit::ul90).toArray()),
                new ReportPlots.Curve("paper: best fit (digitised)", paper.massGeV(), paper.best()),
                new ReportPlots.Curve("paper: upper 1 sigma edge (digitised)", paper.massGeV(), paper.upper()));
        plots.bestFitBand(dir.resolve(FIGURE), new ReportPlots.Spec("B -> K* X: Br best fit, 1 sigma band, 90 % CL UL",
                "m_X [GeV]", "Br(B -> K* X)", false, List.of("APPROXIMATE: see report.md")),
                new ReportPlots.Band(v[0], v[1], v[2], v[3], v[2], v[3]), overlays);
        return FIGURE;
    }
}
