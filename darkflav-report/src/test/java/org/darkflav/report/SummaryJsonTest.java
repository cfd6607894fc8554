package org.darkflav.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.workflow.Reproduction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * summary.json of {@link SyntheticReproduction}: the output contract's keys, and values that are the synthetic
 * inputs (or follow from them as each comment says). Absent numbers (NaN, infinite) are null.
 */
class SummaryJsonTest {

    private static final double BR_SM = new AnalysisBundles().smReference().total();
    private static final Reproduction R = SyntheticReproduction.of(BR_SM);
    /** Parsed back from the text the writer produces, so that the test also sees Jackson's escaping. */
    private static final JsonNode S = JsonMapper.builder().build()
            .readTree(new ReproductionWriter(false).summaryJson(R));
    private static final List<String> FIT_KEYS = List.of("br", "err_lo", "err_hi", "Z_local", "approximate", "note");
    private static final List<String> SCAN_KEYS = List.of("mass_GeV", "br", "err_lo", "err_hi", "Z_local", "ul90",
            "ul95", "cut_at_bound");

    @Test
    void everyHeadlineObjectOfTheContractHasItsKeys() {
        for (String key : List.of("belle2_paper_sm_only", "belle2_paper_x", "combined_x", "belle2_full_x")) {
            assertThat(names(S.get(key))).as(key).containsAll(FIT_KEYS);
        }
        assertThat(S.get("generator").asString()).isEqualTo(SummaryJson.GENERATOR);
        assertThat(S.get("mass_grid_GeV").asString()).isEqualTo("1.0:3.0:1.0");
    }

    @Test
    void smOnlyFitIsTheSyntheticFitNextToThePapers() {
        JsonNode sm = S.get("belle2_paper_sm_only");
        assertThat(sm.get("br").asDouble()).isEqualTo(2.1e-5);
        assertThat(sm.get("err_lo").asDouble()).isEqualTo(0.6e-5);
        assertThat(sm.get("err_hi").asDouble()).isEqualTo(0.7e-5);
        assertThat(sm.get("Z_local").asDouble()).isEqualTo(4.2);
        // the paper method is an approximation of Belle II's analysis
        assertThat(sm.get("approximate").asBoolean()).isTrue();
        // the paper's SM-only fit (2.8 +- 0.7)e-5 has no quoted Z
        assertThat(sm.get("note").asString()).endsWith("paper: (2.8 +- 0.7)e-5");
        assertThat(sm.get("paper").get("br").asDouble()).isEqualTo(2.8e-5);
        assertThat(sm.get("paper").get("err").asDouble()).isEqualTo(7e-6);
        assertThat(sm.get("paper").get("Z_local").isNull()).isTrue();
        // Br = 5.9 x Br_SM of the bundle, and the note names that Br_SM to 4 digits
        JsonNode full = S.get("belle2_full_sm_only");
        assertThat(full.get("br").asDouble()).isCloseTo(5.9 * BR_SM, within(1e-20));
        assertThat(full.get("note").asString()).contains("mu x " + Formats.compact(BR_SM, 4));
    }

    @Test
    void bestPointsAreTheLargestZOfEachScanWithTheMassInterval() {
        JsonNode x = S.get("belle2_paper_x");
        // q0 = Z^2 = 2.25, 16.81, 0.25 at 1, 2, 3 GeV: the best mass is 2 GeV
        assertThat(x.get("mass_GeV").asDouble()).isEqualTo(2.0);
        assertThat(x.get("br").asDouble()).isEqualTo(11.3e-6);
        assertThat(x.get("err_lo").asDouble()).isCloseTo(0.3 * 11.3e-6, within(1e-18));
        assertThat(x.get("err_hi").asDouble()).isCloseTo(0.35 * 11.3e-6, within(1e-18));
        assertThat(x.get("Z_local").asDouble()).isEqualTo(4.1);
        assertThat(x.get("ul95").asDouble()).isCloseTo(1.8 * 11.3e-6 + 1e-6, within(1e-18));
        assertThat(x.get("approximate").asBoolean()).isFalse();
        // q0 falls by one to 15.81: linear crossings 1 + 13.56/14.56 and 2 + 1/16.56 GeV
        assertThat(x.get("mass_interval_GeV").get(0).asDouble()).isCloseTo(1 + 13.56 / 14.56, within(1e-12));
        assertThat(x.get("mass_interval_GeV").get(1).asDouble()).isCloseTo(2 + 1 / 16.56, within(1e-12));
        assertThat(x.get("mass_interval_cut_at_grid_end").asBoolean()).isFalse();
        JsonNode paper = x.get("at_paper_mass").get("paper");
        assertThat(paper.get("br").asDouble()).isEqualTo(8.8e-6);
        assertThat(paper.get("err").asDouble()).isEqualTo(2.5e-6);
        assertThat(paper.get("Z_local").asDouble()).isEqualTo(3.6);

        JsonNode combined = S.get("combined_x");
        assertThat(combined.get("br").asDouble()).isEqualTo(7.2e-6);
        assertThat(combined.get("approximate").asBoolean()).isTrue();
        assertThat(combined.get("at_paper_mass").get("paper").get("br").asDouble()).isEqualTo(5.1e-6);
        assertThat(combined.get("at_paper_mass").get("paper").get("Z_local").asDouble()).isEqualTo(2.4);

        JsonNode full = S.get("belle2_full_x");
        assertThat(full.get("br").asDouble()).isEqualTo(8.6e-6);
        assertThat(full.get("Z_local").asDouble()).isEqualTo(3.46);
        // the paper has no full-likelihood number
        assertThat(full.get("at_paper_mass").has("paper")).isFalse();
    }

    @Test
    void studiesBeyondTheGrid() {
        // SyntheticReproduction.refined: the full likelihood's 2 GeV point (8.6e-6, Z 3.46) at 2.05 GeV, +-0.15 GeV
        JsonNode full = S.get("belle2_full_x");
        assertThat(full.get("mass_GeV").asDouble()).isEqualTo(2.05);
        assertThat(full.get("mass_interval_GeV").get(0).asDouble()).isCloseTo(1.90, within(1e-12));
        assertThat(full.get("mass_interval_GeV").get(1).asDouble()).isCloseTo(2.20, within(1e-12));
        assertThat(full.get("cut_at_bound").asBoolean()).isFalse();
        // q0 = 3.46^2 = 11.97: p = exp(-11.97/2) = 2.51e-3, Z = 2.81 with two fitted parameters
        assertThat(full.get("Z_two_parameters").asDouble()).isCloseTo(2.807, within(0.002));
        JsonNode widths = S.get("belle2_full_width_scan");
        assertThat(widths).hasSize(2);
        assertThat(widths.get(1).get("width_GeV").asDouble()).isEqualTo(0.5);
        assertThat(widths.get(1).get("mass_GeV").asDouble()).isEqualTo(2.2);
        assertThat(widths.get(1).get("br").asDouble()).isEqualTo(1.0e-5);
        JsonNode combined = S.get("combined_full_x");
        assertThat(combined.get("name").asString()).isEqualTo("combined-full-belle");
        assertThat(combined.get("approximate").asBoolean()).isTrue();
        assertThat(combined.get("mass_GeV").asDouble()).isEqualTo(2.1);
        assertThat(combined.get("at_paper_mass").get("br").asDouble()).isEqualTo(7.5e-6);
        assertThat(S.get("combinations")).hasSize(2);
        assertThat(S.get("belle2_full_references").get("gaertner2026").get("Z").asDouble()).isEqualTo(3.0);
        // the headline against a curve of 10e-6: ratios 0.3, 1.13, 0.2, one within 0.8-1.25
        JsonNode readings = S.get("reading_comparison").get(0);
        assertThat(readings.get("within_count").asInt()).isEqualTo(1);
        assertThat(readings.get("total").asInt()).isEqualTo(3);
        assertThat(readings.get("ratio_max").asDouble()).isCloseTo(1.13, within(1e-12));
        assertThat(S.get("b3l3").has("decay_length_lab_m")).isTrue();
        // SuperKEKB: 7 GeV e- on 4 GeV e+, beta gamma = (7 - 4) / sqrt(4 x 7 x 4) = 0.2835
        assertThat(S.get("b3l3").get("lab_beta_gamma").asDouble()).isCloseTo(3 / Math.sqrt(112), within(1e-3));
    }

    @Test
    void scansListEveryPointOfEveryAnalysisWithNullsForMissingLimits() {
        JsonNode scans = S.get("scans");
        assertThat(names(scans)).containsExactly("belle2-ita", "belle2-ita-excess", "belle2-ita-2nbb",
                "belle2-ita-belle2-eff", "belle2-ita-literal", "babar", "combined", "belle2-full");
        // the headline's points name its reading
        assertThat(scans.get("belle2-ita").get(0).get("note").asString()).startsWith("belle2-ita (FLAT_B_PLUS reading");
        for (JsonNode list : scans) {
            assertThat(list).hasSize(3);
            for (JsonNode p : list) {
                assertThat(names(p)).containsAll(SCAN_KEYS);
            }
        }
        JsonNode ita3 = scans.get("belle2-ita").get(2);
        assertThat(ita3.get("mass_GeV").asDouble()).isEqualTo(3.0);
        assertThat(ita3.get("br").asDouble()).isEqualTo(2e-6);
        assertThat(ita3.get("Z_local").asDouble()).isEqualTo(0.5);
        assertThat(ita3.get("ul90").asDouble()).isCloseTo(1.5 * 2e-6 + 1e-6, within(1e-18));
        assertThat(ita3.get("ul95").asDouble()).isCloseTo(1.8 * 2e-6 + 1e-6, within(1e-18));
        // BaBar's approximate likelihood has no CLs limits: NaN in the record, null in JSON
        JsonNode babar = scans.get("babar").get(0);
        assertThat(babar.get("ul90").isNull()).isTrue();
        assertThat(babar.get("ul95").isNull()).isTrue();
        assertThat(babar.get("approximate").asBoolean()).isTrue();
        assertThat(S.get("scan_info").get("babar").get("note").asString()).isEqualTo(SyntheticReproduction.BABAR_NOTE);
    }

    @Test
    void modelObjectsCarryTheSyntheticCouplingsAndRegions() {
        JsonNode dim4 = S.get("zprime_dim4_m2");
        // g_L = (g_V - g_A)/2 = (1 - 0.2)e-8/2, g_R = (1 + 0.2)e-8/2
        assertThat(dim4.get("gL_best").asDouble()).isCloseTo(0.4e-8, within(1e-20));
        assertThat(dim4.get("gR_best").asDouble()).isCloseTo(0.6e-8, within(1e-20));
        // the bowl's points below 2.30 are the centre and its four neighbours, one step (1e-8) away
        assertThat(dim4.get("region_68").get("gL_min").asDouble()).isEqualTo(-1e-8);
        assertThat(dim4.get("region_68").get("gR_max").asDouble()).isEqualTo(1e-8);
        assertThat(dim4.get("region_68").get("touches_grid_border").asBoolean()).isFalse();
        // cells of 1e-16: four central cells with 3 of 4 corners below 2.30, eight with 1 → 3 + 2 = 5 cells;
        // below 6.18 the 3 x 3 block: 4 full cells, 8 half cells, 4 quarter cells = 9 cells
        assertThat(dim4.get("region_68_area").asDouble()).isCloseTo(5e-16, within(1e-28));
        assertThat(dim4.get("region_95_area").asDouble()).isCloseTo(9e-16, within(1e-28));
        // g_V interval 1.2e-8 wide profiled, 1.0e-8 fixed
        assertThat(dim4.get("form_factor_widening_gV").asDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(dim4.get("vector_line_min_delta_chi2").asDouble()).isEqualTo(1.5);
        assertThat(dim4.get("chiral_line_min_delta_chi2").asDouble()).isEqualTo(7.0);

        JsonNode alp = S.get("alp_m2");
        assertThat(alp.get("F_V_GeV").asDouble()).isEqualTo(3.0e8);
        assertThat(alp.get("F_A_min_GeV_2sigma").asDouble()).isEqualTo(1.6e8);
        // F_V unbounded above at 1.5 GeV (the Br interval reaches 0): null
        JsonNode first = S.get("alp_scan").get("points").get(0);
        assertThat(first.get("mass_GeV").asDouble()).isEqualTo(1.5);
        assertThat(first.get("F_V_hi_GeV").isNull()).isTrue();

        JsonNode outlook = S.get("outlook").get("systematics_fixed").get("points").get(1);
        assertThat(outlook.get("lumi_ab").asDouble()).isEqualTo(10.0);
        assertThat(outlook.get("expected_Z").asDouble()).isEqualTo(4.5);
        assertThat(outlook.get("expected_ul95").asDouble()).isEqualTo(1.5e-6);
        // B3 - L3 defaults (B3MinusL3Inputs.defaults()): g_X = 5e-7 at 2 GeV
        assertThat(S.get("b3l3").get("gX").asDouble()).isEqualTo(5e-7);
        assertThat(S.get("b3l3").get("mass_GeV").asDouble()).isEqualTo(2.0);
    }

    @Test
    void shapeAndKstarObjectsCarryTheSyntheticEnvelopeAndLimits() {
        JsonNode shape = S.get("shape_systematics").get("points").get(0);
        assertThat(shape.get("br_min").asDouble()).isEqualTo(2e-6);
        assertThat(shape.get("br_min_variant").asString()).isEqualTo("gauss_sigma1.0");
        assertThat(shape.get("br_max").asDouble()).isEqualTo(4e-6);
        assertThat(shape.get("br_max_variant").asString()).isEqualTo("gauss_sigma2.0");
        assertThat(shape.get("Z_max").asDouble()).isEqualTo(1.8);
        JsonNode kstar = S.get("kstar_x");
        assertThat(kstar.get("approximate").asBoolean()).isTrue();
        assertThat(kstar.get("scan").get(1).get("ul95").asDouble()).isEqualTo(2.4e-5);
        assertThat(kstar.get("counting_cross_check").get("channels").get(0).get("channel").asString())
                .isEqualTo("K*+");
    }

    private static List<String> names(JsonNode o) {
        return o.propertyNames().stream().toList();
    }
}
