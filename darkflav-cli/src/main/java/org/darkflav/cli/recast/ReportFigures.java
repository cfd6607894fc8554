package org.darkflav.cli.recast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.recast.analysis.ItaLayout;
import org.darkflav.recast.data.AlpacaCurve;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.FitCurve;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.PostfitSpectrum;
import org.darkflav.recast.scan.ScanResult;

/**
 * The report's figures: Br ± 1σ vs m_X with the paper's digitised curves, Brazil bands, the best-fit ITA
 * spectrum with X, the K* X limits.
 */
final class ReportFigures {

    private ReportFigures() {}

    /** Draws every figure into {@code dir}/figures and returns their names relative to {@code dir}, no suffix. */
    static List<String> draw(Reproduction r, ReportPlots plots, Path dir) {
        List<String> names = new ArrayList<>();
        if (!plots.enabled()) {
            return names;
        }
        AnalysisBundles bundles = new AnalysisBundles();
        for (var e : r.scans().entrySet()) {
            ScanResult s = e.getValue();
            // the full note is in the report; a figure only flags that it rests on an approximation
            List<String> notes = s.approximate() ? List.of("APPROXIMATE: see report.md") : List.of();
            List<ReportPlots.Curve> overlays = new ArrayList<>();
            switch (e.getKey()) {
                case Reproduction.ITA, Reproduction.ITA_LITERAL, Reproduction.FULL ->
                        overlays.add(paper(bundles, AlpacaCurve.BELLE2_B_TO_K, "paper: Belle II (digitised)"));
                case Reproduction.COMBINED ->
                        overlays.add(paper(bundles, AlpacaCurve.COMBINED_B_TO_K, "paper: combined (digitised)"));
                case Reproduction.BABAR ->
                        overlays.add(paper(bundles, AlpacaCurve.BABAR_B_TO_K, "paper: BaBar (digitised)"));
                default -> { }
            }
            String name = "figures/" + e.getKey() + "_br";
            plots.bestFitBand(dir.resolve(name), new ReportPlots.Spec(e.getKey() + ": Br(B+ -> K+ X) best fit",
                    "m_X [GeV]", "Br(B+ -> K+ X)", false, notes), capped(band(s, false)), overlays);
            names.add(name);
            if (s.points().stream().anyMatch(p -> Double.isFinite(p.ul95()))) {
                String limits = "figures/" + e.getKey() + "_ul95";
                plots.brazil(dir.resolve(limits), new ReportPlots.Spec(e.getKey() + ": 95 % CL CLs upper limit",
                        "m_X [GeV]", "Br(B+ -> K+ X)", true, notes), band(s, true),
                        curve("observed", s, MassPoint::ul95), List.of());
                names.add(limits);
            }
        }
        double bestMass = r.scans().get(Reproduction.ITA).bestPoint().mass();
        for (PostfitSpectrum s : r.itaSpectrum()) {
            names.add(spectrum(s, bestMass, plots, dir));
        }
        names.add(ShapeSection.draw(r.shapes(), plots, dir));
        names.add(KstarSection.draw(r.kstar(), bundles, plots, dir));
        return names;
    }

    /**
     * The channel's observed events over its stacked best-fit samples, the X signal on top, labelled with
     * its mass and Br (paper Fig. 3-like). Bins of the 12-bin ITA layout are labelled by η(BDT2) and q²rec.
     */
    private static String spectrum(PostfitSpectrum s, double mass, ReportPlots plots, Path dir) {
        List<double[]> y = s.yields();
        List<ReportPlots.Curve> layers = new ArrayList<>();
        ReportPlots.Curve x = null;
        double[] idx = new double[s.observed().length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        for (int k = 0; k < s.samples().size(); k++) {
            if (s.samples().get(k).equals("x_signal")) {
                x = new ReportPlots.Curve(String.format(Locale.ROOT, "X (m_X = %.2f GeV, Br = %.2e)", mass, s.br()), idx,
                        y.get(k));
            } else {
                layers.add(new ReportPlots.Curve(s.samples().get(k), idx, y.get(k)));
            }
        }
        double[] total = new double[idx.length];
        for (double[] b : y) {
            for (int i = 0; i < total.length; i++) {
                total[i] += b[i];
            }
        }
        if (x != null) {
            layers.add(x);
        }
        String name = "figures/" + Reproduction.ITA + "_spectrum";
        plots.stackedBins(dir.resolve(name), new ReportPlots.Spec(Reproduction.ITA + " (" + s.channel()
                + "): data and best fit with X", "eta(BDT2) bin / q2rec bin [GeV^2]", "events", false,
                s.converged() ? List.of() : List.of("fit NOT converged")), binLabels(idx.length), layers, s.observed(),
                new ReportPlots.Curve(x == null ? "best fit" : "best fit with X", idx, total));
        return name;
    }

    /** η × q²rec labels when the channel has the ITA layout, bin numbers otherwise. */
    private static List<String> binLabels(int bins) {
        ItaLayout l = ItaLayout.BELLE2_2023;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            if (bins == l.bins()) {
                int e = i / l.q2rec().bins();
                int q = i % l.q2rec().bins();
                out.add(String.format(Locale.ROOT, "%.2f|[%s,%s]", l.eta().edges()[e], num(l.q2rec().edges()[q]),
                        num(l.q2rec().edges()[q + 1])));
            } else {
                out.add(Integer.toString(i));
            }
        }
        return out;
    }

    private static String num(double v) {
        return ScanTables.mass(v);
    }

    /**
     * Near the kinematic endpoint the X yield vanishes and the 1σ band grows without bound; masses whose
     * band reaches beyond five times the largest best fit are left out of the figure (the tables keep them).
     */
    private static ReportPlots.Band capped(ReportPlots.Band b) {
        double max = 0;
        for (double c : b.central()) {
            max = Double.isFinite(c) ? Math.max(max, Math.abs(c)) : max;
        }
        double cap = 5 * max;
        double[][] v = {b.central().clone(), b.lo1().clone(), b.hi1().clone(), b.lo2().clone(), b.hi2().clone()};
        for (int i = 0; i < b.x().length; i++) {
            if (max > 0 && b.hi1()[i] > cap) {
                for (double[] row : v) {
                    row[i] = Double.NaN;
                }
            }
        }
        return new ReportPlots.Band(b.x(), v[0], v[1], v[2], v[3], v[4]);
    }

    private static ReportPlots.Curve paper(AnalysisBundles bundles, AlpacaCurve c, String label) {
        FitCurve f = bundles.fitCurve(c);
        return new ReportPlots.Curve(label, f.massGeV(), f.best());
    }

    private static ReportPlots.Curve curve(String label, ScanResult s,
            java.util.function.ToDoubleFunction<MassPoint> y) {
        return new ReportPlots.Curve(label, s.points().stream().mapToDouble(MassPoint::mass).toArray(),
                s.points().stream().mapToDouble(y).toArray());
    }

    private static ReportPlots.Band band(ScanResult s, boolean expected95) {
        int n = s.points().size();
        double[][] v = new double[6][n];
        for (int i = 0; i < n; i++) {
            MassPoint p = s.points().get(i);
            v[0][i] = p.mass();
            if (expected95) {
                double[] e = p.exp95();
                v[1][i] = e[2];
                v[2][i] = e[1];
                v[3][i] = e[3];
                v[4][i] = e[0];
                v[5][i] = e[4];
            } else {
                v[1][i] = p.br();
                v[2][i] = p.br() - p.errLo();
                v[3][i] = p.br() + p.errHi();
                v[4][i] = v[2][i];
                v[5][i] = v[3][i];
            }
        }
        return new ReportPlots.Band(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
