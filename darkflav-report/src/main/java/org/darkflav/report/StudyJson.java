package org.darkflav.report;

import java.util.List;
import org.darkflav.recast.data.ReferenceResult;
import org.darkflav.recast.scan.CombinationStep;
import org.darkflav.recast.scan.CurveComparison;
import org.darkflav.recast.scan.FullLikelihoodResults;
import org.darkflav.recast.scan.RefinedBestMass;
import org.darkflav.recast.scan.WidthScanPoint;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON of the studies beyond a grid scan: refined best masses, the width scan, combinations and the comparison of
 * paper-method readings with the paper's curve. Shared by summary.json and {@code darkflav scan-mass --refine}.
 */
public final class StudyJson {

    private StudyJson() {}

    /**
     * A refined best mass: {@code mass_GeV}, {@code mass_interval_GeV}, {@code br}, {@code err_lo}, {@code err_hi},
     * {@code Z_local}, the significance with m_X and Br both fitted ({@code Z_two_parameters}), whether the
     * interval is cut at the scanned range ({@code mass_interval_cut_at_range_end}) or the Br interval at the POI
     * bound ({@code cut_at_bound}), {@code converged}.
     */
    public static ObjectNode refined(ObjectNode o, RefinedBestMass b) {
        Json.put(o, "mass_GeV", b.mass());
        o.set("mass_interval_GeV", Json.array(b.lower(), b.upper()));
        o.put("mass_interval_cut_at_range_end", b.intervalCutAtRangeEnd());
        Json.put(o, "br", b.point().br());
        Json.put(o, "err_lo", b.point().errLo());
        Json.put(o, "err_hi", b.point().errHi());
        Json.put(o, "Z_local", b.point().zLocal());
        Json.put(o, "Z_two_parameters", b.zTwoParameters());
        o.put("cut_at_bound", b.point().cutAtBound());
        o.put("converged", b.point().converged());
        return o;
    }

    /** {@code belle2_full_width_scan}: per Γ_X the refined best mass with {@code width_GeV}. */
    static void widthScan(ArrayNode list, FullLikelihoodResults study) {
        for (WidthScanPoint w : study.widthScan()) {
            ObjectNode o = list.addObject();
            Json.put(o, "width_GeV", w.widthGeV());
            refined(o, w.best());
        }
    }

    /** The published results the full-likelihood study is compared with. */
    static void references(ObjectNode o, FullLikelihoodResults study) {
        ReferenceResult g = study.gaertner();
        ObjectNode r = o.putObject("gaertner2026");
        Json.put(r, "mass_GeV", g.mass());
        r.set("mass_interval_GeV", Json.array(g.mass() - g.massErrLo(), g.mass() + g.massErrHi()));
        Json.put(r, "br", g.br());
        Json.put(r, "err_lo", g.brErrLo());
        Json.put(r, "err_hi", g.brErrHi());
        Json.put(r, "Z", g.significance());
        r.set("widths_GeV", Json.array(g.widthsGeV()));
        r.put("note", g.citation() + "; Br x P_inv, a fit with m_X and Br free");
        ObjectNode a = o.putObject("alpaca_recast_peak");
        Json.put(a, "mass_GeV", study.alpacaPeak()[0]);
        Json.put(a, "br", study.alpacaPeak()[1]);
        a.put("note", "maximum of ALPaca's recast of the same likelihood (BelleII_BtoKinv.txt), method not documented");
    }

    /** One combination step: the refined best mass, the point at the paper's mass, name, note, approximate. */
    static ObjectNode combination(ObjectNode o, CombinationStep s) {
        o.put("name", s.name());
        refined(o, s.best());
        o.put("approximate", s.approximate());
        o.put("note", s.note());
        ObjectNode at = o.putObject("at_paper_mass");
        SummaryJson.point(at, s.atTwoGeV());
        return o;
    }

    /** {@code reading_comparison}: per reading the ratio to the paper's curve at every compared mass. */
    static void readings(ArrayNode list, List<CurveComparison> comparisons) {
        for (CurveComparison c : comparisons) {
            ObjectNode o = list.addObject();
            o.put("analysis", c.analysis());
            o.put("note", c.note());
            o.put("curve", c.curve());
            o.put("within_count", c.withinCount());
            o.put("total", c.rows().size());
            Json.put(o, "ratio_min", c.ratioRange()[0]);
            Json.put(o, "ratio_max", c.ratioRange()[1]);
            o.set("window", Json.array(c.ratioLow(), c.ratioHigh()));
            ArrayNode rows = o.putArray("rows");
            for (CurveComparison.Row r : c.rows()) {
                ObjectNode q = rows.addObject();
                Json.put(q, "mass_GeV", r.mass());
                Json.put(q, "br", r.br());
                Json.put(q, "paper_br", r.paperBr());
                Json.put(q, "ratio", r.ratio());
                q.put("within", r.within());
                Json.put(q, "rel_half_width", r.relHalfWidth());
                Json.put(q, "paper_rel_half_width", r.paperRelHalfWidth());
            }
        }
    }
}
