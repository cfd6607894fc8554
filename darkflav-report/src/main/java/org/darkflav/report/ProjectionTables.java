package org.darkflav.report;

import java.util.Locale;
import org.darkflav.recast.projection.ProjectionPoint;
import org.darkflav.recast.projection.ProjectionResult;
import org.darkflav.recast.projection.SystematicsScaling;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A luminosity projection as JSON and CSV. */
public final class ProjectionTables {

    private ProjectionTables() {}

    /** "fixed" or "scaled", as the command line names the options. */
    public static String systematicsName(SystematicsScaling s) {
        return s == SystematicsScaling.STAT_ONLY_SCALING ? "fixed" : "scaled";
    }

    public static ObjectNode json(ProjectionResult r) {
        ObjectNode o = Json.object();
        o.put("analysis", r.analysis());
        o.put("approximate", r.approximate());
        o.put("note", r.note());
        Json.put(o, "current_lumi_ab", r.current().inverseAttobarns());
        ObjectNode src = o.putObject("current_lumi_source");
        src.put("bundle", r.current().provenance().bundle());
        src.put("file", r.current().provenance().file());
        src.put("origin", r.current().provenance().origin());
        o.put("systematics", systematicsName(r.systematics()));
        o.put("systematics_option", r.systematics().name());
        o.put("signal_br", r.brSource());
        o.put("cl", 0.95);
        o.put("converged", r.converged());
        ArrayNode pts = o.putArray("points");
        for (ProjectionPoint p : r.points()) {
            ObjectNode q = pts.addObject();
            Json.put(q, "lumi_ab", p.lumiAb());
            Json.put(q, "scale_factor", p.scaleFactor());
            Json.put(q, "mass_GeV", p.mass());
            Json.put(q, "br_current_best_fit", p.brCurrentBestFit());
            Json.put(q, "br_signal", p.brSignal());
            Json.put(q, "expected_Z", p.expectedZ());
            double[] b = p.expectedUl95();
            Json.put(q, "expected_ul95", b[2]);
            Json.put(q, "expected_ul95_m2", b[0]);
            Json.put(q, "expected_ul95_m1", b[1]);
            Json.put(q, "expected_ul95_p1", b[3]);
            Json.put(q, "expected_ul95_p2", b[4]);
            q.put("converged", p.converged());
        }
        return o;
    }

    public static String csv(ProjectionResult r) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.analysis()).append(r.approximate() ? " (APPROXIMATE)" : "").append(": ")
                .append(r.note().replace('\n', ' ')).append('\n');
        b.append("# ").append(r.brSource()).append("; expected 95 % CL CLs limits, asymptotic\n");
        b.append("lumi_ab,scale_factor,mass_GeV,br_current_best_fit,br_signal,expected_Z,expected_ul95,"
                + "expected_ul95_m2,expected_ul95_m1,expected_ul95_p1,expected_ul95_p2,converged\n");
        for (ProjectionPoint p : r.points()) {
            double[] u = p.expectedUl95();
            b.append(String.join(",", Formats.mass(p.lumiAb()), Formats.num(p.scaleFactor()),
                    Formats.mass(p.mass()), Formats.num(p.brCurrentBestFit()), Formats.num(p.brSignal()),
                    Formats.num(p.expectedZ()), Formats.num(u[2]), Formats.num(u[0]), Formats.num(u[1]),
                    Formats.num(u[3]), Formats.num(u[4]), Boolean.toString(p.converged()))).append('\n');
        }
        return b.toString();
    }

    /** The projection as the command line prints it, one line per (luminosity, mass). */
    public static String text(ProjectionResult r) {
        StringBuilder s = new StringBuilder();
        s.append(r.analysis()).append(r.approximate() ? " (APPROXIMATE)" : "").append(", systematics ")
                .append(systematicsName(r.systematics())).append(", ").append(r.brSource()).append('\n');
        s.append(String.format(Locale.ROOT, "%8s %8s %10s %8s %10s %22s%n", "L/ab^-1", "m_X/GeV", "Br_signal", "Z_exp",
                "expUL95", "(-1s, +1s)"));
        for (ProjectionPoint p : r.points()) {
            double[] u = p.expectedUl95();
            s.append(String.format(Locale.ROOT, "%8s %8.3f %10.3e %8.2f %10.3e   (%.3e, %.3e)%s%n",
                    Formats.mass(p.lumiAb()), p.mass(), p.brSignal(), p.expectedZ(), u[2], u[1], u[3],
                    p.converged() ? "" : "  NOT CONVERGED"));
        }
        return s.toString();
    }
}
