package org.darkflav.report;

import org.darkflav.physics.models.Direction;
import org.darkflav.recast.couplings.AlpDecayConstants;
import org.darkflav.recast.couplings.CouplingFitResult;
import org.darkflav.recast.couplings.CouplingInterpretationResult;
import org.darkflav.recast.couplings.CouplingModelKind;
import org.darkflav.recast.couplings.DeltaChi2Grid;
import org.darkflav.recast.couplings.LineTension;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON of a coupling interpretation: the objects {@code alp_m2} and {@code zprime_dim4_m2} of the
 * output contract (written into {@code summary.json} by {@code reproduce}) and the full
 * result of {@code couplings-fit}.
 */
public final class CouplingJson {

    private CouplingJson() {}

    /** {@code alp_m2}: F_V with its 68 % interval and the 2σ lower bound on F_A, in GeV. */
    public static void alp(ObjectNode o, AlpDecayConstants a, String note) {
        alpPoint(o, a);
        Json.put(o, "br_B_to_K", a.br());
        Json.put(o, "br_B_to_K_lo", a.brLow());
        Json.put(o, "br_B_to_K_hi", a.brHigh());
        Json.put(o, "br_B_to_Kstar_ul_2sigma", a.kstarLimit2Sigma());
        o.put("approximate", true);
        o.put("note", "F_V = 2f/|g_V| from the combined Br(B -> K X) 68 % interval (Eq. 15), F_A >= 2f/|g_A| from the "
                + "2 sigma limit on Br(B -> K* X) (Eq. 16); " + note);
    }

    /** One mass of {@code alp_scan}. */
    public static void alpPoint(ObjectNode o, AlpDecayConstants a) {
        Json.put(o, "mass_GeV", a.massGeV());
        Json.put(o, "F_V_GeV", a.fV());
        Json.put(o, "F_V_lo_GeV", a.fVLow());
        Json.put(o, "F_V_hi_GeV", a.fVHigh());
        Json.put(o, "F_A_min_GeV_2sigma", a.fAMin2Sigma());
    }

    /** {@code zprime_dim4_m2}: best couplings and the sizes of the 68 % / 95 % regions in the g_L–g_R plane. */
    public static void dim4(ObjectNode o, CouplingInterpretationResult r) {
        CouplingFitResult f = r.fits().get(CouplingModelKind.ZPRIME_DIM4);
        DeltaChi2Grid plane = r.dim4Plane();
        Json.put(o, "mass_GeV", r.massGeV());
        Json.put(o, "gL_best", f.gL());
        Json.put(o, "gR_best", f.gR());
        Json.put(o, "gV_best", f.gV());
        Json.put(o, "gA_best", f.gA());
        region(o.putObject("region_68"), plane, CouplingInterpretationResult.LEVEL_68);
        region(o.putObject("region_95"), plane, CouplingInterpretationResult.LEVEL_95);
        Json.put(o, "region_68_area", plane.area(CouplingInterpretationResult.LEVEL_68));
        Json.put(o, "region_95_area", plane.area(CouplingInterpretationResult.LEVEL_95));
        Json.put(o, "form_factor_widening_gV", r.formFactorWidening(CouplingModelKind.ZPRIME_DIM4));
        for (LineTension t : r.lines()) {
            if (t.line().kind() == CouplingModelKind.ZPRIME_DIM4) {
                Json.put(o, t.line().direction() == Direction.VECTOR ? "vector_line_min_delta_chi2"
                        : "chiral_line_min_delta_chi2", t.minDeltaChi2());
            }
        }
        o.put("approximate", true);
        o.put("note", "regions Delta chi2 < 2.30 / 6.18 in (g_L, g_R), form factors profiled; areas in units of g^2. "
                + "Rates see g_V^2 and g_A^2 only: (g_L, g_R), (g_R, g_L) and their negatives fit equally well; the best "
                + "fit is quoted with g_V >= 0 and g_A >= 0 (g_R >= g_L). Its preference for g_A != 0 over the vector "
                + "line is only vector_line_min_delta_chi2; " + r.note());
    }

    /** The whole result. */
    public static ObjectNode of(CouplingInterpretationResult r) {
        ObjectNode o = Json.object();
        Json.put(o, "mass_GeV", r.massGeV());
        o.put("approximate", true);
        o.put("note", r.note());
        ObjectNode fits = o.putObject("fits");
        for (CouplingModelKind kind : r.fits().keySet()) {
            ObjectNode k = fits.putObject(kind.name().toLowerCase(java.util.Locale.ROOT));
            k.put("unit", kind.unit());
            fit(k.putObject("form_factors_profiled"), r.fits().get(kind));
            fit(k.putObject("form_factors_fixed"), r.fitsFixedFormFactors().get(kind));
            Json.put(k, "form_factor_widening_gV", r.formFactorWidening(kind));
        }
        var lines = o.putArray("operator_lines");
        for (LineTension t : r.lines()) {
            ObjectNode l = lines.addObject();
            l.put("label", t.line().label());
            Json.put(l, "ratio_Kstar_over_K", t.line().ratio());
            Json.put(l, "min_delta_chi2", t.minDeltaChi2());
            Json.put(l, "br_K_at_min", t.brKAtMin());
        }
        alp(o.putObject("alp"), r.alp(), r.note());
        dim4(o.putObject("zprime_dim4"), r);
        return o;
    }

    private static void fit(ObjectNode o, CouplingFitResult f) {
        Json.put(o, "gV", f.gV());
        Json.put(o, "gV_lo", f.gVLow());
        Json.put(o, "gV_hi", f.gVHigh());
        Json.put(o, "gA", f.gA());
        Json.put(o, "gA_lo", f.gALow());
        Json.put(o, "gA_hi", f.gAHigh());
        Json.put(o, "gL", f.gL());
        Json.put(o, "gR", f.gR());
        Json.put(o, "twice_nll", f.twiceNll());
        o.put("converged", f.converged());
    }

    private static void region(ObjectNode o, DeltaChi2Grid plane, double level) {
        double[] e = plane.extent(level);
        Json.put(o, "gL_min", e[0]);
        Json.put(o, "gL_max", e[1]);
        Json.put(o, "gR_min", e[2]);
        Json.put(o, "gR_max", e[3]);
        Json.put(o, "area", plane.area(level));
        o.put("touches_grid_border", plane.touchesBorder(level));
    }
}
