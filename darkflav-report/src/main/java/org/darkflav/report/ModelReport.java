package org.darkflav.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.physics.kinematics.CollisionBoost;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.B3MinusL3Inputs;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.physics.rates.B3MinusL3Point;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.Plots;
import org.darkflav.plot.RegionPlots;
import org.darkflav.plot.Series;
import org.darkflav.recast.couplings.AlpDecayConstants;
import org.darkflav.recast.couplings.CouplingFitResult;
import org.darkflav.recast.couplings.CouplingInterpretationResult;
import org.darkflav.recast.couplings.CouplingModelKind;
import org.darkflav.recast.couplings.LineTension;
import org.darkflav.recast.projection.ProjectionPoint;
import org.darkflav.recast.projection.ProjectionResult;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.workflow.ModelInterpretation;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproduction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The reproduction's model part: summary.json objects, report section, Fig. 2 and the ALP figure. */
final class ModelReport {

    static final String FIG2_LEFT = "fig2_left";
    static final String FIG2_RIGHT = "fig2_right";
    static final String ALP_FIGURE = "figures/alp_decay_constants";
    private static final String APPROX = "APPROXIMATE (BaBar digitised)";

    private ModelReport() {}

    /**
     * summary.json: {@code alp_m2}, {@code zprime_dim4_m2}, {@code alp_scan}, {@code couplings_m2}, {@code b3l3},
     * {@code outlook}.
     */
    static void json(ObjectNode summary, Reproduction r) {
        ModelInterpretation m = r.models();
        CouplingInterpretationResult c = m.couplings();
        CouplingJson.alp(summary.putObject("alp_m2"), c.alp(), c.note());
        ObjectNode scan = summary.putObject("alp_scan");
        scan.put("approximate", true);
        scan.put("note", "F_V from the combined (APPROXIMATE) Br(B -> K X) 68 % interval per mass, F_A bound from the "
                + "APPROXIMATE 2 sigma Br(B -> K* X) limit; two-step route (form factors at their central values)");
        ArrayNode points = scan.putArray("points");
        for (AlpDecayConstants a : m.alpScan()) {
            CouplingJson.alpPoint(points.addObject(), a);
        }
        CouplingJson.dim4(summary.putObject("zprime_dim4_m2"), c);
        summary.set("couplings_m2", CouplingJson.of(c));
        b3l3(summary.putObject("b3l3"), m.b3l3());
        ObjectNode outlook = summary.putObject("outlook");
        outlook(outlook.putObject("systematics_fixed"), m.outlookFixed());
        outlook(outlook.putObject("systematics_scaled"), m.outlookScaled());
    }

    private static void b3l3(ObjectNode o, B3MinusL3Point p) {
        B3MinusL3Inputs in = p.inputs();
        Json.put(o, "gX", in.gX());
        Json.put(o, "mass_GeV", in.mZPrime());
        Json.put(o, "theta_L", in.thetaL());
        Json.put(o, "theta_R", in.thetaR());
        Json.put(o, "gL", p.couplings().gL());
        Json.put(o, "gR", p.couplings().gR());
        Json.put(o, "width_GeV", p.widths().total());
        Json.put(o, "invisible_fraction", p.widths().invisibleFraction());
        Json.put(o, "ctau_m", p.properDecayLength());
        var k = p.channel(DecayMode.B_PLUS_K_PLUS);
        Json.put(o, "decay_length_lab_m", k.lab().meanDecayLength());
        Json.put(o, "escape_probability_lab", k.lab().escapeProbability());
        Json.put(o, "lab_beta_gamma", CollisionBoost.superKekb().betaGamma());
        Json.put(o, "br_B_to_K", p.channel(DecayMode.B_PLUS_K_PLUS).br());
        Json.put(o, "br_B_to_Kstar", p.channel(DecayMode.B_PLUS_KSTAR_PLUS).br());
        o.put("approximate", false);
        o.put("note", "benchmark point of the gauged B3 - L3 model with darkflav's default inputs (doc/physics.md); "
                + "B+ -> K+ and B+ -> K*+; lab decay length for B+ -> K+ Z' at Belle II (SuperKEKB boost, averaged "
                + "over the Z' direction)");
    }

    private static void outlook(ObjectNode o, ProjectionResult r) {
        o.put("approximate", r.approximate());
        o.put("note", r.note());
        o.put("signal", r.brSource());
        ArrayNode points = o.putArray("points");
        for (ProjectionPoint p : r.points()) {
            ObjectNode q = points.addObject();
            Json.put(q, "lumi_ab", p.lumiAb());
            Json.put(q, "mass_GeV", p.mass());
            Json.put(q, "br_signal", p.brSignal());
            Json.put(q, "expected_Z", p.expectedZ());
            Json.put(q, "expected_ul95", p.expectedUl95Median());
            q.put("converged", p.converged());
        }
    }

    /** Fig. 2 left and right at the output directory's top level, and the ALP decay constants against mass. */
    static List<String> draw(Path dir, Reproduction r) {
        ModelInterpretation m = r.models();
        MassPoint belle2 = r.atPaperMass(ReproducedAnalysis.BELLE2_ITA);
        List<AlpDecayConstants> alp = m.alpScan();
        double[] mass = alp.stream().mapToDouble(AlpDecayConstants::massGeV).toArray();
        Plots.lines(new PlotSpec("ALP decay constants (APPROXIMATE)", "m_a [GeV]", "F [GeV]", true,
                List.of(Formats.APPROXIMATE_SEE_REPORT)), List.of(
                        new Series("F_V best fit", mass, alp.stream().mapToDouble(AlpDecayConstants::fV).toArray()),
                        new Series("F_V 68 % low", mass, alp.stream().mapToDouble(AlpDecayConstants::fVLow).toArray()),
                        new Series("F_V 68 % high", mass, alp.stream().mapToDouble(a -> Double.isFinite(a.fVHigh())
                                ? a.fVHigh() : Double.NaN).toArray()),
                        new Series("F_A lower bound (2 sigma)", mass,
                                alp.stream().mapToDouble(AlpDecayConstants::fAMin2Sigma).toArray())))
                .writeAll(dir.resolve(ALP_FIGURE));
        B3MinusL3Point b = m.b3l3();
        String label = String.format(Locale.ROOT, "B3-L3 benchmark (g_X = %.1e, m = %.1f GeV)", b.inputs().gX(),
                b.inputs().mZPrime());
        Fig2Figures.left(m.couplings(), new double[] {belle2.br(), belle2.errLo(), belle2.errHi()},
                r.paper().belle2017KstarUl90(), APPROX, List.of(new RegionPlots.MarkedPoint(label,
                        b.channel(DecayMode.B_PLUS_K_PLUS).br(), b.channel(DecayMode.B_PLUS_KSTAR_PLUS).br())))
                .writeAll(dir.resolve(FIG2_LEFT));
        Fig2Figures.right(m.couplings(), APPROX, List.of(new RegionPlots.MarkedPoint(label, b.couplings().gL(),
                b.couplings().gR()))).writeAll(dir.resolve(FIG2_RIGHT));
        return List.of(FIG2_LEFT, FIG2_RIGHT, ALP_FIGURE);
    }

    static void report(ReportDocument d, Reproduction r, List<String> figures) {
        ModelInterpretation m = r.models();
        CouplingInterpretationResult c = m.couplings();
        PaperValues paper = r.paper();
        d.heading(2, "Couplings as fit parameters at m_X = " + Formats.mass(paper.massGeV())
                + " GeV (paper Sec. III; APPROXIMATE)");
        d.paragraph("The couplings are parameters of the combined likelihood (Belle II paper method + BaBar's "
                + "approximate B -> K and B -> K* likelihoods); form factors enter as correlated nuisances on the rate "
                + "coefficients and are profiled. doc/couplings.md explains the construction.");
        List<List<String>> rows = new ArrayList<>();
        for (CouplingModelKind kind : c.fits().keySet()) {
            CouplingFitResult f = c.fits().get(kind);
            rows.add(List.of(kind.labelWithUnit(),
                    Formats.interval(f.gV(), f.gVLow(), f.gVHigh()), Formats.interval(f.gA(), f.gALow(), f.gAHigh()),
                    String.format(Locale.ROOT, "%.1f %%", 100 * c.formFactorWidening(kind)),
                    f.converged() ? "yes" : "NO"));
        }
        d.table(List.of("model", "g_V [68 %]", "g_A [68 %]", "widening of the g_V interval by form factors",
                "converged"), rows);
        List<List<String>> lines = new ArrayList<>();
        for (LineTension t : c.lines()) {
            lines.add(List.of(t.line().label(), String.format(Locale.ROOT, "%.3g", t.line().ratio()),
                    String.format(Locale.ROOT, "%.2f", t.minDeltaChi2()),
                    t.minDeltaChi2() > CouplingInterpretationResult.LEVEL_95 ? "outside the 95 % region" : "allowed"));
        }
        d.table(List.of("operator line (Fig. 2 left)", "Br(K*)/Br(K)", "min Δχ² on the line", "darkflav"), lines);
        d.paragraph("Paper: pure g_L or g_R couplings (dim 4/6) and the dipoles (dim 5) are excluded by B -> K*; "
                + "near-vector couplings of order 1e-8 are preferred. darkflav reproduces the dipole exclusion and the "
                + "1e-8 scale, but NOT the exclusion of pure g_L / g_R: with Br(K*)/Br(K) = 1.7 and BaBar's digitised "
                + "B -> K* curve (1 sigma up to 2.7e-5 at 2 GeV) that line passes through the data's 68 % region "
                + "(doc/couplings.md).");
        var a = c.alp();
        PaperValues.Quoted fV = paper.fV();
        d.table(List.of("ALP at m_a = " + Formats.mass(paper.massGeV()) + " GeV", "darkflav", "paper"), List.of(
                List.of("F_V = 2f/|g_V| [GeV]", Formats.interval(a.fV(), a.fVLow(), a.fVHigh()),
                        String.format(Locale.ROOT, "%.1f (+%.1f -%.1f)e8", fV.value() / 1e8, fV.errorHigh() / 1e8,
                                fV.errorLow() / 1e8)),
                List.of("F_A = 2f/|g_A|, 2 sigma lower bound [GeV]", String.format(Locale.ROOT, "%.3g", a.fAMin2Sigma()),
                        Formats.short2(paper.fAMin2Sigma()))));
        List<List<String>> alpRows = new ArrayList<>();
        for (AlpDecayConstants x : m.alpScan()) {
            if (Math.abs(x.massGeV() * 2 - Math.rint(x.massGeV() * 2)) < 1e-9) {
                alpRows.add(List.of(String.format(Locale.ROOT, "%.1f", x.massGeV()),
                        Formats.interval(x.fV(), x.fVLow(), x.fVHigh()),
                        String.format(Locale.ROOT, "%.3g", x.fAMin2Sigma())));
            }
        }
        d.paragraph("Against m_a (two-step route, every 0.5 GeV; all masses in summary.json `alp_scan`):");
        d.table(List.of("m_a / GeV", "F_V [68 %] / GeV", "F_A > (2 sigma) / GeV"), alpRows);
        B3MinusL3Point b = m.b3l3();
        d.paragraph(String.format(Locale.ROOT, "B3 - L3 benchmark (doc/physics.md; default inputs g_X = %.2g, m_Z' = %.2f "
                + "GeV, theta_L = theta_R = %.3g): g_L = %.3g, g_R = %.3g, c tau = %.3g m, Br(B+ -> K+ Z') = %.3g, "
                + "Br(B+ -> K*+ Z') = %.3g; marked on Fig. 2.", b.inputs().gX(), b.inputs().mZPrime(), b.inputs().thetaL(),
                b.couplings().gL(), b.couplings().gR(), b.properDecayLength(), br(b, DecayMode.B_PLUS_K_PLUS),
                br(b, DecayMode.B_PLUS_KSTAR_PLUS)));
        for (String f : figures) {
            d.figure(f + ".png", f.equals(FIG2_LEFT) ? "Fig. 2 left" : f.equals(FIG2_RIGHT) ? "Fig. 2 right"
                    : "ALP decay constants against m_a");
        }
        outlook(d, m);
    }

    private static void outlook(ReportDocument d, ModelInterpretation m) {
        d.heading(2, "Belle II outlook (paper's closing claim; APPROXIMATE)");
        d.paragraph(m.outlookFixed().note() + ". Signal: " + m.outlookFixed().brSource() + ".");
        List<List<String>> out = new ArrayList<>();
        for (ProjectionPoint p : m.outlookFixed().points()) {
            ProjectionPoint s = m.outlookScaled().at(p.mass(), p.lumiAb());
            out.add(List.of(String.format(Locale.ROOT, "%.1f", p.mass()), String.format(Locale.ROOT, "%.0f", p.lumiAb()),
                    Formats.sci(p.brSignal()), Formats.f2(p.expectedZ()), Formats.sci(p.expectedUl95Median()),
                    Formats.f2(s.expectedZ()), Formats.sci(s.expectedUl95Median())));
        }
        d.table(List.of("m_X / GeV", "L / ab^-1", "signal Br", "exp. Z (syst. fixed)", "exp. UL 95 % (fixed)",
                "exp. Z (syst. ~ 1/sqrt(L))", "exp. UL 95 % (scaled)"), out);
    }

    private static double br(B3MinusL3Point b, DecayMode mode) {
        return b.isOpen(mode) ? b.channel(mode).br() : Double.NaN;
    }
}
