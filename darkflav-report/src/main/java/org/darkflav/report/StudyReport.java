package org.darkflav.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.RegionPlots;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.analysis.TextualSupport;
import org.darkflav.recast.data.ReferenceResult;
import org.darkflav.recast.scan.CombinationStep;
import org.darkflav.recast.scan.CurveComparison;
import org.darkflav.recast.scan.FullLikelihoodResults;
import org.darkflav.recast.scan.MassBrGrid;
import org.darkflav.recast.scan.RefinedBestMass;
import org.darkflav.recast.scan.WidthScanPoint;
import org.darkflav.workflow.Reproduction;

/**
 * The report's sections beyond the mass scans: the paper-method readings against the paper's curve, Belle II's
 * full likelihood with a refined best mass, widths and (m_X, Br) contours, and the combinations.
 */
final class StudyReport {

    static final String CONTOURS = "figures/belle2_full_mass_br_contours";
    private static final double[] LEVELS = {MassBrGrid.LEVEL_68, MassBrGrid.LEVEL_95};

    private StudyReport() {}

    static void readings(ReportDocument d, Reproduction r) {
        d.heading(2, "Paper-method readings against the paper's Belle II curve");
        d.paragraph("The paper's Appendix leaves the B-meson count and the X template's normalisation open. Each "
                + "reading below is a complete set of choices, each choice quoted from the paper or marked as inferred "
                + "or unstated; `belle2-ita` is the reading with the fewest unstated choices (" + PaperReading.HEADLINE
                + "). No reading with every choice in the text reproduces the paper's curve: the text's own B+ count "
                + "gives about 2.2 times the paper's Br at every mass; counting every B meson of the sample (2 N_BBbar, "
                + "unstated in the paper and at odds with its SM template) reproduces it. Nothing is fitted to the paper.");
        List<List<String>> summary = new ArrayList<>();
        for (CurveComparison c : r.readings()) {
            double[] range = c.ratioRange();
            summary.add(List.of("`" + c.analysis() + "`", readingOf(c).map(PaperReading::summary).orElse(""),
                    readingOf(c).map(x -> Long.toString(x.unstatedChoices())).orElse("-"),
                    String.format(Locale.ROOT, "%d / %d", c.withinCount(), c.rows().size()),
                    String.format(Locale.ROOT, "%.2f-%.2f", range[0], range[1])));
        }
        d.table(List.of("analysis", "reading", "unstated choices", "masses within 0.8-1.25", "ratio to the paper"),
                summary);
        d.table(header(r), ratioRows(r));
        for (CurveComparison c : r.readings()) {
            readingOf(c).ifPresent(x -> d.paragraph("`" + c.analysis() + "` (" + x.name() + "): " + String.join("; ",
                    x.support().stream().map(TextualSupport::describe).toList()) + "."));
        }
    }

    private static java.util.Optional<PaperReading> readingOf(CurveComparison c) {
        for (PaperReading p : PaperReading.values()) {
            if (c.analysis().equals(p.analysisName())) {
                return java.util.Optional.of(p);
            }
        }
        return c.analysis().equals("belle2-ita") ? java.util.Optional.of(PaperReading.HEADLINE)
                : java.util.Optional.empty();
    }

    private static List<String> header(Reproduction r) {
        List<String> h = new ArrayList<>(List.of("m_X / GeV", "paper Br (digitised)"));
        r.readings().forEach(c -> h.add(c.analysis() + " / paper"));
        return h;
    }

    private static List<List<String>> ratioRows(Reproduction r) {
        List<List<String>> rows = new ArrayList<>();
        if (r.readings().isEmpty()) {
            return rows;
        }
        for (CurveComparison.Row first : r.readings().get(0).rows()) {
            List<String> row = new ArrayList<>(List.of(String.format(Locale.ROOT, "%.2f", first.mass()),
                    Formats.sci(first.paperBr())));
            for (CurveComparison c : r.readings()) {
                CurveComparison.Row x = c.at(first.mass());
                row.add(x == null ? "-" : Formats.f2(x.ratio()) + (x.within() ? "" : " *"));
            }
            rows.add(row);
        }
        return rows;
    }

    static void fullLikelihood(ReportDocument d, Reproduction r, List<String> figures) {
        FullLikelihoodResults s = r.fullStudy();
        ReferenceResult g = s.gaertner();
        d.heading(2, "Belle II full likelihood: refined best mass, widths, contours (beyond the paper)");
        d.paragraph("The best mass of Belle II's published likelihood refined below the grid step (golden section on "
                + "q0(m)), its Delta(-2 ln L) = 1 interval in m_X with Br profiled, and an X with a Breit-Wigner width "
                + "folded through Belle II's number densities. Z_local treats the mass as known; Z (m, Br fitted) "
                + "counts both as fitted parameters (chi2 with two degrees of freedom), the convention of a fit with "
                + "the mass free. Neither includes the look-elsewhere effect.");
        List<List<String>> rows = new ArrayList<>();
        for (WidthScanPoint w : s.widthScan()) {
            rows.add(refinedRow(String.format(Locale.ROOT, "darkflav, Gamma_X = %s GeV", Formats.mass(w.widthGeV())),
                    w.best()));
        }
        rows.add(List.of(g.citation() + " (Br x P_inv; widths " + java.util.Arrays.toString(g.widthsGeV()) + " GeV)",
                String.format(Locale.ROOT, "%.2f (+%.2f -%.2f)", g.mass(), g.massErrHi(), g.massErrLo()),
                Formats.br(g.br(), g.brErrLo(), g.brErrHi()), "-", Formats.f2(g.significance())));
        rows.add(List.of("ALPaca's recast of the same likelihood (peak)", String.format(Locale.ROOT, "%.2f",
                s.alpacaPeak()[0]), Formats.sci(s.alpacaPeak()[1]), "-", "-"));
        d.table(List.of("result", "m_X / GeV [interval]", "Br", "Z_local", "Z (m, Br fitted)"), rows);
        if (figures.contains(CONTOURS)) {
            d.figure(CONTOURS + ".png", "Belle II full likelihood: Delta chi2 in (m_X, Br), 68 % and 95 % regions");
        }
    }

    static void combinations(ReportDocument d, Reproduction r) {
        d.heading(2, "Combinations none has (APPROXIMATE)");
        d.paragraph("Belle II's full likelihood, then + BaBar's approximate B -> K likelihood, then + Belle 2017's "
                + "K+ and K0 counts (flat efficiency, so the same at every m_X); each with its best mass refined.");
        List<List<String>> rows = new ArrayList<>();
        for (CombinationStep c : r.combinations()) {
            List<String> row = new ArrayList<>(refinedRow((c.approximate() ? "**APPROXIMATE** " : "") + c.name(),
                    c.best()));
            row.add(Formats.br(c.atTwoGeV().br(), c.atTwoGeV().errLo(), c.atTwoGeV().errHi()));
            row.add(Formats.f2(c.atTwoGeV().zLocal()));
            rows.add(row);
        }
        d.table(List.of("likelihood", "m_X / GeV [interval]", "Br", "Z_local", "Z (m, Br fitted)", "Br at 2 GeV",
                "Z at 2 GeV"), rows);
        r.combinations().forEach(c -> d.paragraph("`" + c.name() + "`: " + c.note()));
    }

    private static List<String> refinedRow(String what, RefinedBestMass b) {
        return List.of(what, String.format(Locale.ROOT, "%.3f [%.3f, %.3f]%s", b.mass(), b.lower(), b.upper(),
                b.intervalCutAtRangeEnd() ? " (cut at range end)" : ""),
                Formats.br(b.point().br(), b.point().errLo(), b.point().errHi()), Formats.f2(b.point().zLocal()),
                Formats.f2(b.zTwoParameters()));
    }

    /** Δχ² regions in (m_X, Br) with the refined best point, Gärtner et al.'s result and ALPaca's peak marked. */
    static String drawContours(Reproduction r, Path dir) {
        FullLikelihoodResults s = r.fullStudy();
        MassBrGrid g = s.contours();
        RefinedBestMass b = s.bestMass();
        ReferenceResult ref = s.gaertner();
        List<RegionPlots.MarkedPoint> points = List.of(
                new RegionPlots.MarkedPoint("darkflav best fit", b.mass(), b.point().br()),
                new RegionPlots.MarkedPoint("Gaertner et al.", ref.mass(), ref.br()),
                new RegionPlots.MarkedPoint("ALPaca peak", s.alpacaPeak()[0], s.alpacaPeak()[1]));
        RegionPlots.regions(new PlotSpec("Belle II full likelihood, narrow X", "m_X [GeV]", "Br(B+ -> K+ X)", false,
                List.of()), g.masses(), g.brs(), g.deltaChi2(), LEVELS, new String[] {"Δχ² < 2.30", "Δχ² < 6.18"},
                List.of(), List.of(), List.of(), points).writeAll(dir.resolve(CONTOURS));
        return CONTOURS;
    }
}
