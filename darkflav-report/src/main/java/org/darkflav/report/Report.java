package org.darkflav.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.FitCurve;
import org.darkflav.recast.scan.BrFit;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproduction;

/** The human-readable report of the reproduction: every number next to the paper's. */
final class Report {

    private Report() {}

    /**
     * @param figures the figures drawn (names without suffix), empty when figures are off
     * @param modelFigures Fig. 2 and the ALP figure, empty when figures are off
     */
    static ReportDocument of(Reproduction r, AnalysisBundles bundles, List<String> figures, List<String> modelFigures) {
        PaperValues paper = r.paper();
        double brSm = bundles.smReference().total();
        ReportDocument d = new ReportDocument();
        d.heading(1, "darkflav reproduce: light invisible X in B -> K nu nubar");
        d.paragraph("Reproduces " + paper.citation() + " (\"the paper\") from the data bundles shipped with darkflav, "
                + "and adds the recast with Belle II's published full likelihood. Results that rest on an approximation "
                + "are marked **APPROXIMATE**. Deviation = (darkflav - paper) / paper's 1 sigma. See doc/recast.md for "
                + "every modelling choice.");
        d.heading(2, "Headline numbers next to the paper's");
        String mass = Formats.mass(paper.massGeV());
        List<List<String>> rows = new ArrayList<>();
        rows.add(brRow("SM-only Br(B+ -> K+ nu nubar), paper method (" + PaperReading.HEADLINE + ")", r.smOnly(),
                paper.smOnlyFit()));
        rows.add(brRow("SM-only Br(B+ -> K+ nu nubar), paper method (LITERAL)", r.smOnlyLiteral(),
                paper.smOnlyFit()));
        PaperValues.Quoted mu = paper.belle2Mu();
        rows.add(brRow("SM-only, Belle II full likelihood (Br = mu x " + Formats.compact(brSm, 4) + "; Belle II: mu = "
                + Formats.compact(mu.value(), 2) + " +- " + Formats.compact(mu.error(), 2) + ")", r.fullSmOnly(),
                new PaperValues.Quoted(mu.value() * brSm, mu.error() * brSm, mu.error() * brSm, Double.NaN)));
        rows.add(pointRow("Belle II only, m_X = " + mass + " GeV, paper method (" + PaperReading.HEADLINE + ")",
                r.atPaperMass(ReproducedAnalysis.BELLE2_ITA), paper.belle2X()));
        rows.add(pointRow("Belle II only, m_X = " + mass + " GeV, paper method (TWO_N_BBBAR: 2 N_BBbar B mesons, "
                + "unstated)", r.atPaperMass(ReproducedAnalysis.BELLE2_ITA_2NBB), paper.belle2X()));
        rows.add(pointRow("Belle II only, m_X = " + mass + " GeV, paper method (LITERAL)",
                r.atPaperMass(ReproducedAnalysis.BELLE2_ITA_LITERAL), paper.belle2X()));
        rows.add(pointRow("**APPROXIMATE** Belle II + BaBar, m_X = " + mass + " GeV",
                r.atPaperMass(ReproducedAnalysis.COMBINED), paper.combinedX()));
        rows.add(pointRow("Belle II full likelihood (beyond the paper), m_X = " + mass + " GeV",
                r.atPaperMass(ReproducedAnalysis.BELLE2_FULL), null));
        rows.add(pointRow(String.format(Locale.ROOT, "Belle II full likelihood, refined best mass m_X = %.3f GeV",
                r.fullStudy().bestMass().mass()), r.fullStudy().bestMass().point(), null));
        d.table(List.of("quantity", "darkflav", "Z (darkflav)", "paper", "Z (paper)", "deviation"), rows);
        d.paragraph("The paper method's numbers rest on the headline reading of the paper's Appendix ("
                + PaperReading.HEADLINE + ": " + PaperReading.HEADLINE.summary() + "), the one with the most support in "
                + "the paper's text; it follows the shape of the paper's curve but lies about 2.2 times above it. The "
                + "reading that counts every B meson of the sample (`belle2-ita-2nbb`, 2 N_BBbar, not stated in the "
                + "paper) reproduces the paper's numbers: see \"Paper-method readings\" below and doc/recast.md. "
                + "Nothing was tuned to the paper.");
        d.paragraph("The combination uses an APPROXIMATE BaBar likelihood (an asymmetric Gaussian in Br built from the "
                + "paper's digitised BaBar-only curve, whose lower 1 sigma edge sits at Br = 0 so its lower width is a "
                + "guess) added to the Belle II paper-method twice-NLL in every fit with a fully correlated Br. Where "
                + "it deviates from the paper's combination, the cause is this approximation of BaBar, not a fit: the "
                + "paper used BaBar's binned data.");
        bestMasses(d, r);
        StudyReport.readings(d, r);
        StudyReport.fullLikelihood(d, r, figures);
        StudyReport.combinations(d, r);
        LeeReport.report(d, r, figures);
        for (var e : r.scans().entrySet()) {
            scanSection(d, e.getKey(), e.getValue(), bundles);
        }
        for (String f : figures) {
            if (!f.equals(ShapeReport.FIGURE) && !f.equals(KstarReport.FIGURE) && !f.equals(StudyReport.CONTOURS)
                    && !f.startsWith(LeeReport.FIGURE_PREFIX)) {
                d.figure(f + ".png", f);
            }
        }
        ShapeReport.report(d, r.shapes(), figures);
        KstarReport.report(d, r.kstar(), bundles, figures, r.config().kstarGrid().toString(), paper);
        ModelReport.report(d, r, modelFigures);
        d.heading(2, "Generated workspaces");
        d.paragraph("`workspaces/belle2_ita_sm_only.json` and `workspaces/" + xWorkspaceFile(r) + "` (pyhf JSON; "
                + "check with `darkflav fit`, or pyhf).");
        return d;
    }

    private static void bestMasses(ReportDocument d, Reproduction r) {
        d.heading(2, "Best-fit mass per analysis");
        List<List<String>> best = new ArrayList<>();
        for (var e : r.scans().entrySet()) {
            ScanResult s = e.getValue();
            MassPoint p = s.bestPoint();
            best.add(List.of((s.approximate() ? "**APPROXIMATE** " : "") + e.getKey().id(),
                    String.format(Locale.ROOT, "%.2f [%.2f, %.2f]%s", p.mass(), s.best().lower(), s.best().upper(),
                            s.best().lowerAtGridEnd() || s.best().upperAtGridEnd() ? " (cut at grid end)" : ""),
                    Formats.br(p.br(), p.errLo(), p.errHi()), Formats.f2(p.zLocal()), Formats.sci(p.ul95()),
                    s.converged() ? "yes" : "NO"));
        }
        d.table(List.of("analysis", "m_X / GeV [Δ2NLL = 1]", "Br", "Z_local", "UL 95 % CLs", "all fits converged"), best);
        d.paragraph("Mass grids: " + r.grid() + " GeV; full likelihood " + r.fullGrid() + " GeV"
                + (r.limitsFull() ? "" : " (no CLs limits for the full likelihood in this run: --no-full-limits)")
                + ". BaBar and the combination exist only where the BaBar curve is (0.10-2.92 GeV). The best mass has the "
                + "grid's resolution. Z_local is local (no look-elsewhere correction).");
    }

    private static void scanSection(ReportDocument d, ReproducedAnalysis a, ScanResult s, AnalysisBundles bundles) {
        d.heading(2, "Scan: " + a.id() + (s.approximate() ? " (APPROXIMATE)" : ""));
        d.paragraph(s.note());
        FitCurve paper = a.paperCurve().map(bundles::fitCurve).orElse(null);
        List<List<String>> pts = new ArrayList<>();
        double worst = 0;
        double worstMass = Double.NaN;
        for (MassPoint p : s.points()) {
            double ref = paper != null && p.mass() >= paper.minMass() && p.mass() <= paper.maxMass()
                    ? paper.at(p.mass())[0] : Double.NaN;
            double ratio = ref > 0 ? p.br() / ref : Double.NaN;
            if (p.mass() >= 1 && p.mass() <= 4 && Double.isFinite(ratio) && Math.abs(ratio - 1) > Math.abs(worst)) {
                worst = ratio - 1;
                worstMass = p.mass();
            }
            pts.add(List.of(String.format(Locale.ROOT, "%.2f", p.mass()), Formats.br(p.br(), p.errLo(), p.errHi()),
                    Formats.f2(p.zLocal()), Formats.sci(p.ul90()), Formats.sci(p.ul95()), Formats.sci(p.exp95()[2]),
                    Formats.sci(ref), Formats.f2(ratio), p.converged() ? "" : "NOT CONVERGED"));
        }
        d.table(List.of("m_X / GeV", "Br", "Z_local", "UL 90 %", "UL 95 %", "exp. UL 95 % (median)",
                "paper curve Br (digitised)", "ratio", ""), pts);
        if (paper != null && Double.isFinite(worstMass)) {
            d.paragraph(String.format(Locale.ROOT, "Against the paper's digitised %s curve: largest deviation over "
                    + "1-4 GeV where the paper's Br > 0: %+.0f %% at %.2f GeV%s.", a.paperCurveLabel(), 100 * worst,
                    worstMass, Math.abs(worst) <= 0.2 ? " (within 20 %)" : " - NOT within 20 %; doc/recast.md discusses why"));
        }
        d.paragraph("Tables: `tables/" + a.id() + ".csv`, `.json`, `.yaml` (HEPData style).");
    }

    /** The file name of the exported workspace with X at the best mass of {@code belle2-ita}. */
    static String xWorkspaceFile(Reproduction r) {
        return "belle2_ita_x_" + Formats.mass(r.scan(ReproducedAnalysis.BELLE2_ITA).bestPoint().mass()) + "GeV.json";
    }

    private static List<String> brRow(String what, BrFit f, PaperValues.Quoted paper) {
        return List.of(what, Formats.br(f.br(), f.errLo(), f.errHi()), Formats.f2(f.zLocal()),
                Formats.br(paper.value(), paper.error(), paper.error()), "",
                deviation(f.br(), paper.value(), paper.error()));
    }

    /** A point next to the paper's value; {@code paper} null when the paper has none. */
    private static List<String> pointRow(String what, MassPoint p, PaperValues.Quoted paper) {
        String dev = paper != null ? deviation(p.br(), paper.value(), paper.error()) + String.format(Locale.ROOT,
                "; Z %+.2f", p.zLocal() - paper.z()) : "(not in the paper)";
        return List.of(what, Formats.br(p.br(), p.errLo(), p.errHi()), Formats.f2(p.zLocal()),
                paper != null ? Formats.br(paper.value(), paper.error(), paper.error()) : "-",
                Formats.f2(paper != null ? paper.z() : Double.NaN), dev);
    }

    private static String deviation(double ours, double paper, double err) {
        return String.format(Locale.ROOT, "%+.2f sigma (%+.0f %%)", (ours - paper) / err, 100 * (ours / paper - 1));
    }
}
