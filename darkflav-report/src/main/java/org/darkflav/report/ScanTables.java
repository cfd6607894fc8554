package org.darkflav.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.RefinedBestMass;
import org.darkflav.recast.scan.ScanResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A scan as CSV, JSON and HEPData-style YAML (independent_variables / dependent_variables). */
public final class ScanTables {

    private static final String[] BAND = {"m2", "m1", "median", "p1", "p2"};

    private ScanTables() {}

    public static String csv(ScanResult s) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(s.analysis()).append(s.approximate() ? " (APPROXIMATE)" : "").append(": ")
                .append(s.note().replace('\n', ' ')).append('\n');
        b.append("mass_GeV,br,err_lo,err_hi,Z_local,ul90,ul95");
        for (String k : BAND) {
            b.append(",exp90_").append(k);
        }
        for (String k : BAND) {
            b.append(",exp95_").append(k);
        }
        b.append(",cut_at_bound,converged\n");
        for (MassPoint p : s.points()) {
            List<String> row = new ArrayList<>(List.of(Formats.mass(p.mass()), Formats.num(p.br()),
                    Formats.num(p.errLo()), Formats.num(p.errHi()), Formats.num(p.zLocal()), Formats.num(p.ul90()),
                    Formats.num(p.ul95())));
            for (double v : p.exp90()) {
                row.add(Formats.num(v));
            }
            for (double v : p.exp95()) {
                row.add(Formats.num(v));
            }
            row.add(Boolean.toString(p.cutAtBound()));
            row.add(Boolean.toString(p.converged()));
            b.append(String.join(",", row)).append('\n');
        }
        return b.toString();
    }

    public static ObjectNode json(ScanResult s) {
        ObjectNode o = Json.object();
        o.put("analysis", s.analysis());
        o.put("approximate", s.approximate());
        o.put("note", s.note());
        ObjectNode best = o.putObject("best_mass");
        Json.put(best, "mass_GeV", s.best().mass());
        best.set("interval_GeV", Json.array(s.best().lower(), s.best().upper()));
        ArrayNode pts = o.putArray("points");
        for (MassPoint p : s.points()) {
            ObjectNode q = pts.addObject();
            SummaryJson.point(q, p);
            Json.put(q, "q0", p.q0());
            q.set("exp90", Json.array(p.exp90()));
            q.set("exp95", Json.array(p.exp95()));
        }
        return o;
    }

    /** HEPData table format: one independent variable (m_X), the scan's quantities as dependent ones. */
    public static String yaml(ScanResult s) {
        StringBuilder b = new StringBuilder();
        b.append("# HEPData-style table: ").append(s.analysis()).append('\n');
        b.append("independent_variables:\n- header: {name: 'm_X', units: 'GeV'}\n  values:\n");
        for (MassPoint p : s.points()) {
            b.append("  - {value: ").append(Formats.mass(p.mass())).append("}\n");
        }
        b.append("dependent_variables:\n");
        b.append(header(s, "Br(B+ -> K+ X) best fit", ""));
        for (MassPoint p : s.points()) {
            b.append("  - value: ").append(Formats.num(p.br())).append('\n');
            b.append("    errors:\n    - {asymerror: {minus: ").append(Formats.num(-p.errLo())).append(", plus: ")
                    .append(Formats.num(p.errHi())).append("}, label: 'profile likelihood 1 sigma'}\n");
        }
        column(b, s, "local significance", "Z", MassPoint::zLocal);
        if (s.points().stream().anyMatch(p -> Double.isFinite(p.ul90()))) {
            column(b, s, "Br(B+ -> K+ X) upper limit", "90 % CL CLs observed", MassPoint::ul90);
            column(b, s, "Br(B+ -> K+ X) upper limit", "90 % CL CLs expected median", p -> p.exp90()[2]);
            column(b, s, "Br(B+ -> K+ X) upper limit", "95 % CL CLs observed", MassPoint::ul95);
            column(b, s, "Br(B+ -> K+ X) upper limit", "95 % CL CLs expected median", p -> p.exp95()[2]);
        }
        return b.toString();
    }

    private static void column(StringBuilder b, ScanResult s, String name, String what,
            ToDoubleFunction<MassPoint> f) {
        b.append(header(s, name, what));
        for (MassPoint p : s.points()) {
            double v = f.applyAsDouble(p);
            b.append("  - {value: ").append(Double.isFinite(v) ? Formats.num(v) : "'-'").append("}\n");
        }
    }

    private static String header(ScanResult s, String name, String what) {
        return "- header: {name: '" + name + "'}\n  qualifiers:\n"
                + (what.isEmpty() ? "" : "  - {name: 'quantity', value: '" + what + "'}\n")
                + "  - {name: 'analysis', value: '" + s.analysis() + "'}\n"
                + "  - {name: 'approximate', value: '" + s.approximate() + "'}\n"
                + "  - {name: 'note', value: '" + s.note().replace("'", "''") + "'}\n  values:\n";
    }

    /** A scan as the command line prints it: one line per mass, then the best mass. */
    public static String text(ScanResult r) {
        StringBuilder s = new StringBuilder();
        s.append(r.analysis()).append(r.approximate() ? " (APPROXIMATE)" : "").append(": ").append(r.note()).append('\n');
        s.append(String.format(Locale.ROOT, "%8s  %-26s %7s %10s %10s %10s%n", "m_X/GeV", "Br (-1s +1s)", "Z_local",
                "UL90", "UL95", "expUL95"));
        for (MassPoint p : r.points()) {
            s.append(String.format(Locale.ROOT, "%8.3f  %-26s %7s %10s %10s %10s%s%s%n", p.mass(),
                    Formats.br(p.br(), p.errLo(), p.errHi()), Formats.f2(p.zLocal()), Formats.sci(p.ul90()),
                    Formats.sci(p.ul95()), Formats.sci(p.exp95()[2]), p.cutAtBound() ? "  (+1s cut at the POI bound)" : "",
                    p.converged() ? "" : "  NOT CONVERGED"));
        }
        s.append(String.format(Locale.ROOT, "best-fit mass %.3f GeV, Delta2NLL = 1 interval [%.3f, %.3f] GeV%s%n",
                r.best().mass(), r.best().lower(), r.best().upper(),
                r.best().lowerAtGridEnd() || r.best().upperAtGridEnd() ? " (cut at the grid end)" : ""));
        return s.toString();
    }

    /** One line: the refined best mass with its interval, Br and Z. */
    public static String refinedLine(RefinedBestMass b) {
        return String.format(Locale.ROOT, "refined best mass %.4f GeV, Delta(-2 ln L) = 1 interval [%.4f, %.4f] GeV%s: "
                + "Br %s, Z_local %s%n", b.mass(), b.lower(), b.upper(), b.intervalCutAtRangeEnd()
                        ? " (cut at the grid end)" : "", Formats.br(b.point().br(), b.point().errLo(), b.point().errHi()),
                Formats.f2(b.point().zLocal()));
    }
}
