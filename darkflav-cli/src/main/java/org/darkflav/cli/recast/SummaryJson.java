package org.darkflav.cli.recast;

import org.darkflav.cli.Json;
import org.darkflav.recast.scan.BestMass;
import org.darkflav.recast.scan.BrFit;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.ScanResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code summary.json} of {@code darkflav reproduce}, per the output contract of issue 5: the objects
 * {@code belle2_paper_sm_only}, {@code belle2_paper_x}, {@code combined_x}, {@code belle2_full_x} (each
 * {@code br}, {@code err_lo}, {@code err_hi}, where relevant {@code mass_GeV}, {@code Z_local}) and
 * {@code scans} (per analysis a list of {@code {mass_GeV, br, err_lo, err_hi, Z_local, ul90, ul95}});
 * every object carries {@code approximate} and {@code note}. Absent numbers are null. Beyond the contract,
 * {@code shape_systematics} holds the signal-shape envelope of {@code belle2-ita} (see {@link ShapeSection}) and
 * {@code kstar_x} the APPROXIMATE B → K* X limits (see {@link KstarSection}).
 */
final class SummaryJson {

    /** Marks a directory's summary as ours, so a rerun may replace the files of an earlier run. */
    static final String GENERATOR = "darkflav reproduce";

    private SummaryJson() {}

    static ObjectNode of(Reproduction r) {
        ObjectNode o = Json.object();
        o.put("generator", GENERATOR);
        o.put("reference", PaperValues.CITATION);
        o.put("mass_grid_GeV", r.grid().toString());
        o.put("full_likelihood_mass_grid_GeV", r.fullGrid().toString());
        ObjectNode sm = brFit(o.putObject("belle2_paper_sm_only"), r.smOnly(), true,
                "Br(B+ -> K+ nu nubar) from the SM-only fit of the Belle II 12-bin ITA simplified model (paper method, "
                        + "PAPER_REPRODUCTION reading); paper: (2.8 +- 0.7)e-5");
        paper(sm, PaperValues.SM_ONLY_BR, PaperValues.SM_ONLY_ERR, Double.NaN);
        brFit(o.putObject("belle2_paper_sm_only_literal"), r.smOnlyLiteral(), true,
                "as belle2_paper_sm_only with the PAPER (literal) reading of the Appendix");
        brFit(o.putObject("belle2_full_sm_only"), r.fullSmOnly(), false,
                "Br(B+ -> K+ nu nubar) = mu x 4.966e-6 from Belle II's published likelihood without X; Belle II: mu = "
                        + "4.6 +- 1.3");
        best(o.putObject("belle2_paper_x"), r.scans().get(Reproduction.ITA), r.atPaperMass().get(Reproduction.ITA),
                PaperValues.BELLE2_X_BR, PaperValues.BELLE2_X_ERR, PaperValues.BELLE2_X_Z);
        best(o.putObject("belle2_paper_x_literal"), r.scans().get(Reproduction.ITA_LITERAL),
                r.atPaperMass().get(Reproduction.ITA_LITERAL), PaperValues.BELLE2_X_BR, PaperValues.BELLE2_X_ERR,
                PaperValues.BELLE2_X_Z);
        best(o.putObject("combined_x"), r.scans().get(Reproduction.COMBINED), r.atPaperMass().get(Reproduction.COMBINED),
                PaperValues.COMBINED_X_BR, PaperValues.COMBINED_X_ERR, PaperValues.COMBINED_X_Z);
        best(o.putObject("belle2_full_x"), r.scans().get(Reproduction.FULL), r.atPaperMass().get(Reproduction.FULL),
                Double.NaN, Double.NaN, Double.NaN);
        best(o.putObject("babar_x"), r.scans().get(Reproduction.BABAR), r.atPaperMass().get(Reproduction.BABAR),
                Double.NaN, Double.NaN, Double.NaN);
        ObjectNode scans = o.putObject("scans");
        ObjectNode info = o.putObject("scan_info");
        for (var e : r.scans().entrySet()) {
            ScanResult s = e.getValue();
            ArrayNode list = scans.putArray(e.getKey());
            for (MassPoint p : s.points()) {
                ObjectNode q = list.addObject();
                point(q, p);
                q.put("approximate", s.approximate());
                q.put("note", e.getKey());
            }
            ObjectNode i = info.putObject(e.getKey());
            i.put("approximate", s.approximate());
            i.put("note", s.note());
            i.put("converged", s.converged());
        }
        ShapeSection.json(o.putObject("shape_systematics"), r.shapes());
        ModelSection.json(o, r);
        KstarSection.json(o.putObject("kstar_x"), r.kstar());
        return o;
    }

    private static ObjectNode brFit(ObjectNode o, BrFit f, boolean approximate, String note) {
        Json.put(o, "br", f.br());
        Json.put(o, "err_lo", f.errLo());
        Json.put(o, "err_hi", f.errHi());
        Json.put(o, "Z_local", f.zLocal());
        o.put("converged", f.converged());
        o.put("approximate", approximate);
        o.put("note", note);
        return o;
    }

    private static void best(ObjectNode o, ScanResult s, MassPoint atPaperMass, double paperBr, double paperErr,
            double paperZ) {
        MassPoint p = s.bestPoint();
        BestMass b = s.best();
        Json.put(o, "mass_GeV", p.mass());
        point(o, p);
        o.set("mass_interval_GeV", Json.array(b.lower(), b.upper()));
        o.put("mass_interval_cut_at_grid_end", b.lowerAtGridEnd() || b.upperAtGridEnd());
        o.put("approximate", s.approximate());
        o.put("note", "best point (largest Z) of the " + s.analysis() + " scan: " + s.note());
        ObjectNode at = o.putObject("at_paper_mass");
        point(at, atPaperMass);
        at.put("approximate", s.approximate());
        at.put("note", "the same analysis at the paper's m_X = 2 GeV");
        if (Double.isFinite(paperBr)) {
            paper(at, paperBr, paperErr, paperZ);
        }
    }

    /** The output contract's keys of one scan point (summary.json and the scan tables). */
    static void point(ObjectNode q, MassPoint p) {
        Json.put(q, "mass_GeV", p.mass());
        Json.put(q, "br", p.br());
        Json.put(q, "err_lo", p.errLo());
        Json.put(q, "err_hi", p.errHi());
        Json.put(q, "Z_local", p.zLocal());
        Json.put(q, "ul90", p.ul90());
        Json.put(q, "ul95", p.ul95());
        q.put("converged", p.converged());
    }

    private static void paper(ObjectNode o, double br, double err, double z) {
        ObjectNode p = o.putObject("paper");
        Json.put(p, "br", br);
        Json.put(p, "err", err);
        Json.put(p, "Z_local", z);
        p.put("approximate", false);
        p.put("note", PaperValues.CITATION);
    }
}
