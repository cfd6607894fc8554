package org.darkflav.report;

import org.darkflav.infer.GoodnessOfFitResult;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.ImpactResult;
import org.darkflav.infer.Pull;
import org.darkflav.infer.PullResult;
import org.darkflav.infer.RankingResult;
import org.darkflav.infer.ScanPoint;
import org.darkflav.infer.ScanResult;
import org.darkflav.infer.SignificanceResult;
import org.darkflav.infer.TestStatistic;
import org.darkflav.infer.ToyResult;
import org.darkflav.infer.UpperLimitResult;

/** Inference results as the short text tables the command line prints without {@code --json}. */
public final class InferenceText {

    private InferenceText() {}

    /** Eight significant digits. */
    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.8g", v);
    }

    /** A list of numbers with eight significant digits. */
    static String fmt(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ", ").append(fmt(v[i]));
        }
        return b.append(']').toString();
    }

    public static String hypotest(HypoTestResult r) {
        if (r.testStatistic() == TestStatistic.Q0) {
            return "discovery test at mu = 0 (q0)\n"
                    + "  q0              " + fmt(r.testStatisticObserved()) + "\n"
                    + "  p0 observed     " + fmt(r.clsb()) + "\n"
                    + "  p0 expected     " + fmt(r.clsbExpected().toArray()) + "  (-2σ, -1σ, median, +1σ, +2σ)";
        }
        String text = "hypothesis test at mu = " + fmt(r.poiValue()) + " (" + r.testStatistic().pyhfName() + ")\n"
                + "  test statistic  " + fmt(r.testStatisticObserved()) + "\n"
                + "  CLs  observed   " + fmt(r.cls()) + "\n"
                + "  CLsb observed   " + fmt(r.clsb()) + "\n"
                + "  CLb  observed   " + fmt(r.clb()) + "\n"
                + "  CLs  expected   " + fmt(r.clsExpected().toArray()) + "  (-2σ, -1σ, median, +1σ, +2σ)";
        if (r.toys().isPresent()) {
            ToyResult t = r.toys().get();
            text += "\n  toys            " + t.count() + " per hypothesis, seed " + t.seed() + ", CLs MC error "
                    + fmt(t.clsError());
        }
        return text;
    }

    /** 0.95 as "95", 0.683 as "68.3": six significant digits without trailing zeros. */
    static String percent(double cl) {
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.6g", 100 * cl)).stripTrailingZeros()
                .toPlainString();
    }

    public static String limit(UpperLimitResult r) {
        return "upper limit at " + percent(r.cl()) + "% CL ("
                + (r.method() == UpperLimitResult.Method.GRID_SCAN ? "grid scan" : "root finding") + ")\n"
                + "  observed  " + fmt(r.observed()) + "\n"
                + "  expected  " + fmt(r.expected().toArray()) + "  (-2σ, -1σ, median, +1σ, +2σ)";
    }

    public static String significance(SignificanceResult r) {
        return "discovery test (q0)\n"
                + "  q0 observed        " + fmt(r.q0Observed()) + "\n"
                + "  p0 observed        " + fmt(r.p0Observed()) + "\n"
                + "  Z  observed        " + fmt(r.zObserved()) + "\n"
                + "  p0 expected        " + fmt(r.p0Expected().toArray()) + "  (-2σ, -1σ, median, +1σ, +2σ)\n"
                + "  Z  expected median " + fmt(r.zExpectedMedian());
    }

    public static String scan(ScanResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.join("  ", r.parameters().stream().map(DisplayText::name).toList()))
                .append("  Δ(2NLL)\n");
        for (ScanPoint p : r.points()) {
            for (double v : p.coordinates()) {
                b.append(fmt(v)).append("  ");
            }
            b.append(fmt(p.deltaTwiceNll())).append(p.converged() ? "" : "  (not converged)").append('\n');
        }
        return b.toString().stripTrailing();
    }

    public static String pulls(PullResult r) {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-30s %12s %12s %10s %10s%n",
                "parameter", "best fit", "error", "pull", "constraint"));
        for (Pull p : r.pulls()) {
            b.append(String.format(java.util.Locale.ROOT, "%-30s %12.6g %12.6g %10.4f %10.4f%n",
                    DisplayText.name(p.parameter()),
                    p.bestFit(), p.postfitError(), p.pull(), p.constraint()));
        }
        b.append("2NLL at the best fit: ").append(fmt(r.fit().minimum()));
        return b.toString();
    }

    public static String ranking(RankingResult r) {
        StringBuilder b = new StringBuilder("impacts on " + DisplayText.name(r.poi()) + " = " + fmt(r.poiBestFit())
                + " ± " + fmt(r.poiError()) + "\n");
        b.append(String.format(java.util.Locale.ROOT, "%-30s %12s %12s %12s %12s%n", "parameter", "prefit up",
                "prefit down", "postfit up", "postfit down"));
        for (ImpactResult i : r.impacts()) {
            b.append(String.format(java.util.Locale.ROOT, "%-30s %12.5g %12.5g %12.5g %12.5g%n",
                    DisplayText.name(i.parameter()),
                    i.prefitUp(), i.prefitDown(), i.postfitUp(), i.postfitDown()));
        }
        return b.toString().stripTrailing();
    }

    public static String gof(GoodnessOfFitResult r) {
        return "saturated-model goodness of fit\n"
                + "  Δ(2NLL) to saturated  " + fmt(r.deltaTwiceNll()) + "\n"
                + "  degrees of freedom    " + r.degreesOfFreedom() + "\n"
                + "  p-value               " + fmt(r.pValue());
    }
}
