package org.darkflav.report;

import java.util.Locale;
import org.darkflav.recast.couplings.CouplingFitResult;
import org.darkflav.recast.couplings.CouplingInterpretationResult;
import org.darkflav.recast.couplings.CouplingModelKind;
import org.darkflav.recast.couplings.LineTension;

/** A coupling interpretation as the text table of {@code darkflav couplings-fit}. */
public final class CouplingText {

    private CouplingText() {}

    /** Coupling fits and the operator lines as the command line prints them. */
    public static String text(CouplingInterpretationResult r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Coupling fits at m_X = %.3f GeV (APPROXIMATE): %s%n", r.massGeV(), r.note()));
        s.append(String.format(Locale.ROOT, "%-27s %-34s %-34s %9s%n", "model", "g_V [68% interval]",
                "g_A [68% interval]", "FF widen"));
        for (CouplingModelKind kind : r.fits().keySet()) {
            CouplingFitResult f = r.fits().get(kind);
            s.append(String.format(Locale.ROOT, "%-27s %-34s %-34s %8.1f%%%s%n",
                    kind.labelWithUnit(),
                    Formats.interval(f.gV(), f.gVLow(), f.gVHigh()), Formats.interval(f.gA(), f.gALow(), f.gAHigh()),
                    100 * r.formFactorWidening(kind), f.converged() ? "" : "  NOT CONVERGED"));
        }
        s.append("Operator lines of Fig. 2 left (min Delta chi2 along the line; > 6.18: outside the 95 % region):\n");
        for (LineTension t : r.lines()) {
            s.append(String.format(Locale.ROOT, "  %-42s K*/K = %6.3f   min Delta chi2 = %6.2f%n", t.line().label(),
                    t.line().ratio(), t.minDeltaChi2()));
        }
        s.append(String.format(Locale.ROOT, "ALP: F_V = %.3g GeV [%.3g, %.3g]; F_A > %.3g GeV (2 sigma)%n",
                r.alp().fV(), r.alp().fVLow(), r.alp().fVHigh(), r.alp().fAMin2Sigma()));
        return s.toString();
    }
}
