package org.darkflav.report;

import java.util.Map;
import org.darkflav.physics.param.PaperValues;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.scan.BestMass;
import org.darkflav.recast.scan.BrFit;
import org.darkflav.recast.scan.MassPoint;
import org.darkflav.recast.scan.ScanResult;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproduction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code summary.json} of the reproduction: the objects {@code belle2_paper_sm_only}, {@code belle2_paper_x},
 * {@code combined_x}, {@code belle2_full_x} (each {@code br}, {@code err_lo}, {@code err_hi}, where relevant
 * {@code mass_GeV}, {@code Z_local}) and {@code scans} (per analysis a list of
 * {@code {mass_GeV, br, err_lo, err_hi, Z_local, ul90, ul95}}); every object carries {@code approximate} and
 * {@code note}. Absent numbers are null. Beyond these, {@code shape_systematics} holds the signal-shape envelope of
 * {@code belle2-ita}, {@code kstar_x} the APPROXIMATE B → K* X limits, and the model objects (see
 * {@link ModelReport}).
 */
public final class SummaryJson {

    /** Marks a directory's summary as ours, so a rerun may replace the files of an earlier run. */
    public static final String GENERATOR = "darkflav reproduce";

    private SummaryJson() {}

    /** @param brSm the SM Br(B+ → K+ νν̄) that the full likelihood's μ multiplies */
    public static ObjectNode of(Reproduction r, double brSm) {
        PaperValues paper = r.paper();
        ObjectNode o = Json.object();
        o.put("generator", GENERATOR);
        o.put("reference", paper.citation());
        o.put("mass_grid_GeV", r.grid().toString());
        o.put("full_likelihood_mass_grid_GeV", r.fullGrid().toString());
        ObjectNode sm = brFit(o.putObject("belle2_paper_sm_only"), r.smOnly(), true,
                "Br(B+ -> K+ nu nubar) from the SM-only fit of the Belle II 12-bin ITA simplified model (paper method, "
                        + PaperReading.HEADLINE + " reading); paper: " + quoted(paper.smOnlyFit()));
        paper(sm, paper.smOnlyFit(), paper.citation());
        brFit(o.putObject("belle2_paper_sm_only_literal"), r.smOnlyLiteral(), true,
                "as belle2_paper_sm_only with the LITERAL reading of the Appendix");
        brFit(o.putObject("belle2_full_sm_only"), r.fullSmOnly(), false,
                "Br(B+ -> K+ nu nubar) = mu x " + Formats.compact(brSm, 4) + " from Belle II's published likelihood "
                        + "without X; Belle II: mu = " + Formats.compact(paper.belle2Mu().value(), 2) + " +- "
                        + Formats.compact(paper.belle2Mu().error(), 2));
        best(o.putObject("belle2_paper_x"), r, ReproducedAnalysis.BELLE2_ITA, paper.belle2X());
        best(o.putObject("belle2_paper_x_literal"), r, ReproducedAnalysis.BELLE2_ITA_LITERAL, paper.belle2X());
        best(o.putObject("combined_x"), r, ReproducedAnalysis.COMBINED, paper.combinedX());
        fullX(o.putObject("belle2_full_x"), r);
        StudyJson.widthScan(o.putArray("belle2_full_width_scan"), r.fullStudy());
        StudyJson.references(o.putObject("belle2_full_references"), r.fullStudy());
        combinations(o, r);
        LeeReport.json(o.putObject("global_significance"), r);
        best(o.putObject("babar_x"), r, ReproducedAnalysis.BABAR, null);
        scans(o.putObject("scans"), o.putObject("scan_info"), r.scans());
        StudyJson.readings(o.putArray("reading_comparison"), r.readings());
        ShapeReport.json(o.putObject("shape_systematics"), r.shapes());
        ModelReport.json(o, r);
        KstarReport.json(o.putObject("kstar_x"), r.kstar(), r.config().kstarGrid().toString(), paper);
        return o;
    }

    private static void scans(ObjectNode scans, ObjectNode info, Map<ReproducedAnalysis, ScanResult> all) {
        for (var e : all.entrySet()) {
            ScanResult s = e.getValue();
            String name = e.getKey().id();
            String note = name + e.getKey().reading().map(x -> " (" + x.name() + " reading: " + x.summary() + ")")
                    .orElse("");
            ArrayNode list = scans.putArray(name);
            for (MassPoint p : s.points()) {
                ObjectNode q = list.addObject();
                point(q, p);
                q.put("approximate", s.approximate());
                q.put("note", note);
            }
            ObjectNode i = info.putObject(name);
            i.put("approximate", s.approximate());
            i.put("note", s.note());
            i.put("converged", s.converged());
        }
    }

    /**
     * {@code belle2_full_x}: the best mass of Belle II's likelihood refined below the grid step, with the grid's
     * point at the paper's mass under {@code at_paper_mass}.
     */
    private static void fullX(ObjectNode o, Reproduction r) {
        StudyJson.refined(o, r.fullStudy().bestMass());
        ScanResult s = r.scan(ReproducedAnalysis.BELLE2_FULL);
        o.put("approximate", s.approximate());
        o.put("note", "best mass refined below the grid step (golden section on q0(m)), interval Delta(-2 ln L) = 1 "
                + "in m_X with Br profiled: " + s.note());
        ObjectNode at = o.putObject("at_paper_mass");
        point(at, r.atPaperMass(ReproducedAnalysis.BELLE2_FULL));
        at.put("approximate", s.approximate());
        at.put("note", "the same analysis at the paper's m_X = " + Formats.mass(r.paper().massGeV()) + " GeV");
    }

    /** {@code combined_full_x} (every likelihood together) and {@code combinations} (each step). */
    private static void combinations(ObjectNode o, Reproduction r) {
        if (r.combinations().isEmpty()) {
            return;
        }
        StudyJson.combination(o.putObject("combined_full_x"), r.combinations().get(r.combinations().size() - 1));
        ArrayNode steps = o.putArray("combinations");
        r.combinations().forEach(c -> StudyJson.combination(steps.addObject(), c));
    }

    private static String quoted(PaperValues.Quoted q) {
        return "(" + Formats.compact(q.value() / 1e-5, 2) + " +- " + Formats.compact(q.error() / 1e-5, 1) + ")e-5";
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

    /** The best point of {@code a}'s scan and its point at the paper's mass, next to the paper's value (may be null). */
    private static void best(ObjectNode o, Reproduction r, ReproducedAnalysis a, PaperValues.Quoted paperValue) {
        ScanResult s = r.scan(a);
        MassPoint p = s.bestPoint();
        BestMass b = s.best();
        Json.put(o, "mass_GeV", p.mass());
        point(o, p);
        o.set("mass_interval_GeV", Json.array(b.lower(), b.upper()));
        o.put("mass_interval_cut_at_grid_end", b.lowerAtGridEnd() || b.upperAtGridEnd());
        o.put("approximate", s.approximate());
        o.put("note", "best point (largest Z) of the " + s.analysis() + " scan: " + s.note());
        ObjectNode at = o.putObject("at_paper_mass");
        point(at, r.atPaperMass(a));
        at.put("approximate", s.approximate());
        at.put("note", "the same analysis at the paper's m_X = " + Formats.mass(r.paper().massGeV()) + " GeV");
        if (paperValue != null) {
            paper(at, paperValue, r.paper().citation());
        }
    }

    /** The keys of one scan point (summary.json and the scan tables). */
    static void point(ObjectNode q, MassPoint p) {
        Json.put(q, "mass_GeV", p.mass());
        Json.put(q, "br", p.br());
        Json.put(q, "err_lo", p.errLo());
        Json.put(q, "err_hi", p.errHi());
        Json.put(q, "Z_local", p.zLocal());
        Json.put(q, "ul90", p.ul90());
        Json.put(q, "ul95", p.ul95());
        q.put("cut_at_bound", p.cutAtBound());
        q.put("converged", p.converged());
    }

    private static void paper(ObjectNode o, PaperValues.Quoted q, String citation) {
        ObjectNode p = o.putObject("paper");
        Json.put(p, "br", q.value());
        Json.put(p, "err", q.error());
        Json.put(p, "Z_local", q.z());
        p.put("approximate", false);
        p.put("note", citation);
    }
}
