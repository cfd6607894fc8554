package org.darkflav.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.darkflav.recast.projection.ProjectionResult;
import org.darkflav.recast.projection.SystematicsScaling;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Belle II outlook of {@link SyntheticReproduction#models()} as JSON and CSV: at 10 ab⁻¹ the expected Z is 4.5
 * and the expected 95 % limits are 0.5, 0.7, 1, 1.4, 1.9 × 1.5e-6.
 */
class ProjectionTablesTest {

    private static final ProjectionResult FIXED = SyntheticReproduction.models().outlookFixed();

    @Test
    void jsonNamesTheAssumptionsAndListsThePoints() {
        JsonNode j = ProjectionTables.json(FIXED);
        assertThat(j.get("analysis").asString()).isEqualTo("belle2-ita");
        assertThat(j.get("approximate").asBoolean()).isTrue();
        assertThat(j.get("current_lumi_ab").asDouble()).isEqualTo(0.362);
        assertThat(j.get("current_lumi_source").get("bundle").asString()).isEqualTo("belle2-bknunu-2023-likelihood");
        assertThat(j.get("systematics").asString()).isEqualTo("fixed");
        assertThat(j.get("systematics_option").asString()).isEqualTo("STAT_ONLY_SCALING");
        assertThat(j.get("signal_br").asString()).isEqualTo("best fit per mass");
        assertThat(j.get("points")).hasSize(2);
        JsonNode p = j.get("points").get(1);
        assertThat(p.get("lumi_ab").asDouble()).isEqualTo(10.0);
        assertThat(p.get("scale_factor").asDouble()).isEqualTo(27.6);
        assertThat(p.get("expected_Z").asDouble()).isEqualTo(4.5);
        assertThat(p.get("expected_ul95").asDouble()).isEqualTo(1.5e-6);
        assertThat(p.get("expected_ul95_m2").asDouble()).isEqualTo(0.5 * 1.5e-6);
        assertThat(p.get("expected_ul95_p2").asDouble()).isEqualTo(1.9 * 1.5e-6);
        assertThat(ProjectionTables.systematicsName(SystematicsScaling.SYSTEMATICS_SCALE_WITH_SQRT_L))
                .isEqualTo("scaled");
    }

    @Test
    void csvHasTheNoteTheHeaderAndOneRowPerPoint() {
        String[] lines = ProjectionTables.csv(FIXED).split("\n");
        assertThat(lines).hasSize(3 + 2);
        assertThat(lines[0]).isEqualTo("# belle2-ita (APPROXIMATE): outlook with systematics fixed");
        assertThat(lines[2]).startsWith("lumi_ab,scale_factor,mass_GeV,");
        assertThat(lines[4]).isEqualTo("10,27.6000,2,8.00000e-06,8.00000e-06,4.50000,1.50000e-06,"
                + "7.50000e-07,1.05000e-06,2.10000e-06,2.85000e-06,true");
    }
}
