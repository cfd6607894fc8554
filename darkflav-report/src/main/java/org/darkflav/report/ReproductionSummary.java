package org.darkflav.report;

import java.util.List;
import java.util.Locale;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.recast.analysis.KstarXLimit;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproduction;
import org.darkflav.workflow.StageTiming;

/** What {@code darkflav reproduce} prints when it is done: the stage timings and the headline results. */
public final class ReproductionSummary {

    private ReproductionSummary() {}

    /** Stage, points and seconds per stage, with the total. */
    public static String timings(List<StageTiming> timings) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-34s %7s %9s%n", "stage", "points", "seconds"));
        double total = 0;
        for (StageTiming t : timings) {
            s.append(String.format(Locale.ROOT, "%-34s %7d %9.1f%n", t.stage(), t.points(), t.seconds()));
            total += t.seconds();
        }
        s.append(String.format(Locale.ROOT, "%-34s %7s %9.1f%n", "total (stages)", "", total));
        return s.toString();
    }

    /** The headline results next to the paper's, one line each. */
    public static String table(Reproduction r) {
        PaperValues paper = r.paper();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-44s %8s  %-26s %7s  %s%n", "result", "m_X/GeV", "Br (-1s +1s)", "Z_local",
                "paper"));
        s.append(String.format(Locale.ROOT, "%-44s %8s  %-26s %7s  %s%n", "SM-only, paper method", "-",
                Formats.br(r.smOnly().br(), r.smOnly().errLo(), r.smOnly().errHi()), Formats.f2(r.smOnly().zLocal()),
                quoted(paper.smOnlyFit())));
        String mass = Formats.mass(paper.massGeV());
        row(s, "Belle II paper method @ " + mass + " GeV", r.atPaperMass(ReproducedAnalysis.BELLE2_ITA),
                quoted(paper.belle2X()));
        row(s, "  same, 2 N_BBbar B mesons (unstated) @ " + mass + " GeV",
                r.atPaperMass(ReproducedAnalysis.BELLE2_ITA_2NBB), quoted(paper.belle2X()));
        row(s, "Belle II paper method (literal) @ " + mass + " GeV",
                r.atPaperMass(ReproducedAnalysis.BELLE2_ITA_LITERAL), quoted(paper.belle2X()));
        row(s, "APPROX. Belle II + BaBar @ " + mass + " GeV", r.atPaperMass(ReproducedAnalysis.COMBINED),
                quoted(paper.combinedX()));
        for (var e : r.scans().entrySet()) {
            row(s, "best mass: " + e.getKey().id() + (e.getValue().approximate() ? " (APPROX.)" : ""),
                    e.getValue().bestPoint(), "");
        }
        row(s, "Belle II full likelihood, refined best mass", r.fullStudy().bestMass().point(), "");
        KstarXLimit k = r.kstar().scan().stream().filter(l -> Math.abs(l.massGeV() - paper.massGeV()) < 1e-9)
                .findFirst().orElse(null);
        if (k != null) {
            s.append(String.format(Locale.ROOT, "%-44s %8.2f  %-26s %7s  %s%n", "APPROX. BaBar B -> K* X, UL 90 %",
                    k.massGeV(), Formats.sci(k.ul90()), "-", "\"a few times 1e-5\""));
        }
        return s.toString();
    }

    /** "(8.8 +- 2.5)e-6, 3.6 sigma" in the exponent of the value. */
    private static String quoted(PaperValues.Quoted q) {
        int exp = (int) Math.floor(Math.log10(Math.abs(q.value())));
        double scale = Math.pow(10, exp);
        String s = String.format(Locale.ROOT, "(%.1f +- %.1f)e%d", q.value() / scale, q.error() / scale, exp);
        return Double.isFinite(q.z()) ? s + String.format(Locale.ROOT, ", %.1f sigma", q.z()) : s;
    }

    private static void row(StringBuilder s, String what, MassPoint p, String paper) {
        s.append(String.format(Locale.ROOT, "%-44s %8.2f  %-26s %7s  %s%n", what, p.mass(),
                Formats.br(p.br(), p.errLo(), p.errHi()), Formats.f2(p.zLocal()), paper));
    }
}
