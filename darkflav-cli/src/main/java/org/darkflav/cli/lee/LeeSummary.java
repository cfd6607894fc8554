package org.darkflav.cli.lee;

import java.util.Locale;
import org.darkflav.recast.lee.GlobalSignificance;
import org.darkflav.recast.lee.GrossVitells;
import org.darkflav.recast.lee.LeeResult;
import org.darkflav.recast.lee.LeeRun;
import org.darkflav.recast.lee.LeeSetup;

/** The human-readable summary of a look-elsewhere result. */
final class LeeSummary {

    private LeeSummary() { }

    static String text(LeeRun run) {
        return text(run.result()) + String.format(Locale.ROOT, "engine %s (%d in parallel), wall %.1f s, %.0f fits/s%n",
                run.engine(), run.parallelism(), run.wallSeconds(), run.fitsPerSecond());
    }

    static String text(LeeResult r) {
        LeeSetup s = r.setup();
        double[] m = s.masses();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d masses %s-%s GeV, %d toys (seed %d)%s%n", s.analysis(), m.length,
                m[0], m[m.length - 1], s.toys(), s.seed(),
                r.complete() ? "" : String.format(Locale.ROOT, ", PARTIAL: %d toys done", r.toysDone())));
        b.append(String.format(Locale.ROOT, "observed: largest local Z = %.3f at m_X = %s GeV (local p = %.3g)%n",
                r.localZMax(), r.massAtMax(), r.localP()));
        GlobalSignificance g = r.global();
        if (g.toys() == 0) {
            b.append("no toys finished yet\n");
            return b.toString();
        }
        if (g.atOrAbove() == 0) {
            b.append(String.format(Locale.ROOT, "global p < %.2g (no toy of %d at or above; 68 %% CL bound), "
                    + "global Z > %.2f: see Gross-Vitells%n", g.pError(), g.toys(), g.zLowerBound()));
        } else {
            b.append(String.format(Locale.ROOT, "global p = %.4g +- %.2g (%d of %d toys at or above), global Z = %.3f "
                    + "+- %.3f%n", g.p(), g.pError(), g.atOrAbove(), g.toys(), g.z(), g.zError()));
        }
        GrossVitells gv = r.grossVitells();
        b.append(String.format(Locale.ROOT, "Gross-Vitells (reference Z0 = %s): %.3f +- %.3f up-crossings per toy, "
                + "global p ~ %.4g +- %.2g (Z ~ %.3f)%n", gv.referenceZ(), gv.meanUpCrossings(),
                gv.meanUpCrossingsError(), gv.p(), gv.pError(), gv.z()));
        b.append(String.format(Locale.ROOT, "failed toys: %d of %d%n", r.failedToys(), r.toysDone()));
        return b.toString();
    }
}
