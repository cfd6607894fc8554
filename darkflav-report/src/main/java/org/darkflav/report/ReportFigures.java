package org.darkflav.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.darkflav.plot.BandPoint;
import org.darkflav.plot.Plots;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.Series;
import org.darkflav.recast.analysis.ItaLayout;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.FitCurve;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.PostfitSpectrum;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproduction;

/**
 * The reproduction's scan figures: Br ± 1σ vs m_X with the paper's digitised curve, Brazil bands of the CLs
 * limits, the best-fit ITA spectrum with X. Each is written as PNG, SVG and PDF.
 */
final class ReportFigures {

    private ReportFigures() {}

    /** Draws the Br and (where there are limits) Brazil figures of one analysis; returns their names, no suffix. */
    static List<String> scan(ReproducedAnalysis a, ScanResult s, AnalysisBundles bundles, Path dir) {
        List<String> names = new ArrayList<>();
        // the full note is in the report; a figure only flags that it rests on an approximation
        List<String> notes = s.approximate() ? List.of(Formats.APPROXIMATE_SEE_REPORT) : List.of();
        List<Series> overlays = new ArrayList<>();
        a.paperCurve().ifPresent(c -> {
            FitCurve f = bundles.fitCurve(c);
            overlays.add(new Series("paper: " + a.paperCurveLabel() + " (digitised)", f.massGeV(), f.best()));
        });
        String name = "figures/" + a.id() + "_br";
        Plots.bestFitBand(new PlotSpec(a.id() + ": Br(B+ -> K+ X) best fit", "m_X [GeV]", "Br(B+ -> K+ X)", false,
                notes), capped(band(s, false)), overlays).writeAll(dir.resolve(name));
        names.add(name);
        if (s.points().stream().anyMatch(p -> Double.isFinite(p.ul95()))) {
            String limits = "figures/" + a.id() + "_ul95";
            Plots.brazil(new PlotSpec(a.id() + ": 95 % CL CLs upper limit", "m_X [GeV]", "Br(B+ -> K+ X)", true,
                    notes), band(s, true), curve("observed", s, MassPoint::ul95), List.of())
                    .writeAll(dir.resolve(limits));
            names.add(limits);
        }
        return names;
    }

    /** The best-fit spectra of {@code belle2-ita} with X at its best mass. */
    static List<String> spectra(Reproduction r, Path dir) {
        double bestMass = r.scan(ReproducedAnalysis.BELLE2_ITA).bestPoint().mass();
        List<String> names = new ArrayList<>();
        for (PostfitSpectrum s : r.itaSpectrum()) {
            names.add(spectrum(s, bestMass, dir));
        }
        return names;
    }

    /**
     * The channel's observed events over its stacked best-fit samples, the X signal on top, labelled with
     * its mass and Br (paper Fig. 3-like). Bins of the 12-bin ITA layout are labelled by η(BDT2) and q²rec.
     */
    private static String spectrum(PostfitSpectrum s, double mass, Path dir) {
        List<double[]> y = s.yields();
        List<Series> layers = new ArrayList<>();
        Series x = null;
        double[] idx = new double[s.observed().length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        for (int k = 0; k < s.samples().size(); k++) {
            if (s.samples().get(k).equals("x_signal")) {
                x = new Series(String.format(Locale.ROOT, "X (m_X = %.2f GeV, Br = %.2e)", mass, s.br()), idx,
                        y.get(k));
            } else {
                layers.add(new Series(s.samples().get(k), idx, y.get(k)));
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
        String ita = ReproducedAnalysis.BELLE2_ITA.id();
        String name = "figures/" + ita + "_spectrum";
        Plots.stackedBins(new PlotSpec(ita + " (" + s.channel() + "): data and best fit with X",
                "eta(BDT2) bin / q2rec bin [GeV^2]", "events", false,
                s.converged() ? List.of() : List.of("fit NOT converged")), binLabels(idx.length), layers, s.observed(),
                new Series(x == null ? "best fit" : "best fit with X", idx, total)).writeAll(dir.resolve(name));
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
                out.add(String.format(Locale.ROOT, "%.2f|[%s,%s]", l.eta().edges()[e],
                        Formats.mass(l.q2rec().edges()[q]), Formats.mass(l.q2rec().edges()[q + 1])));
            } else {
                out.add(Integer.toString(i));
            }
        }
        return out;
    }

    /**
     * Near the kinematic endpoint the X yield vanishes and the 1σ band grows without bound; masses whose
     * band reaches beyond five times the largest best fit are left out of the figure (the tables keep them).
     */
    private static List<BandPoint> capped(List<BandPoint> band) {
        double max = 0;
        for (BandPoint p : band) {
            max = Double.isFinite(p.central()) ? Math.max(max, Math.abs(p.central())) : max;
        }
        double cap = 5 * max;
        List<BandPoint> out = new ArrayList<>(band.size());
        for (BandPoint p : band) {
            out.add(max > 0 && p.hi1() > cap
                    ? new BandPoint(p.x(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN) : p);
        }
        return out;
    }

    private static Series curve(String label, ScanResult s, ToDoubleFunction<MassPoint> y) {
        return new Series(label, s.points().stream().mapToDouble(MassPoint::mass).toArray(),
                s.points().stream().mapToDouble(y).toArray());
    }

    /** The expected 95 % limits (median, ±1σ, ±2σ) or the best fit with its ±1σ band (drawn as both bands). */
    private static List<BandPoint> band(ScanResult s, boolean expected95) {
        List<BandPoint> out = new ArrayList<>(s.points().size());
        for (MassPoint p : s.points()) {
            if (expected95) {
                double[] e = p.exp95();
                out.add(new BandPoint(p.mass(), e[2], e[1], e[3], e[0], e[4]));
            } else {
                double lo = p.br() - p.errLo();
                double hi = p.br() + p.errHi();
                out.add(new BandPoint(p.mass(), p.br(), lo, hi, lo, hi));
            }
        }
        return out;
    }
}
