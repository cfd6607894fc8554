package org.darkflav.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.recast.scan.ScanResult;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproduction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The scan tables (CSV, JSON, HEPData-style YAML) of two synthetic scans: belle2-ita with CLs limits, BaBar without
 * limits and with a note that CSV, JSON and YAML must carry intact. Values per {@link SyntheticReproduction#point}:
 * errors 0.3 and 0.35 of Br, ul90 = 1.5 Br + 1e-6, ul95 = 1.8 Br + 1e-6, expected bands 0.8 × and 1 × BAND.
 */
class ScanTablesTest {

    /** Br_SM enters only the full likelihood's SM-only fit, not the scans. */
    private static final Reproduction R = SyntheticReproduction.of(4.966e-6);
    private static final ScanResult ITA = R.scan(ReproducedAnalysis.BELLE2_ITA);
    private static final ScanResult BABAR = R.scan(ReproducedAnalysis.BABAR);

    @Test
    void csvHasOneRowPerMassWithSixDigitsAndEmptyCellsForMissingNumbers() {
        String[] lines = ScanTables.csv(ITA).split("\n");
        assertThat(lines).hasSize(2 + 3);
        assertThat(lines[0]).isEqualTo("# belle2-ita: paper method");
        assertThat(lines[1]).isEqualTo("mass_GeV,br,err_lo,err_hi,Z_local,ul90,ul95,exp90_m2,exp90_m1,exp90_median,"
                + "exp90_p1,exp90_p2,exp95_m2,exp95_m1,exp95_median,exp95_p1,exp95_p2,cut_at_bound,converged");
        // 2 GeV: Br 11.3e-6, errors 3.39e-6 and 3.955e-6, ul90 17.95e-6, ul95 21.34e-6
        assertThat(lines[3]).isEqualTo("2,1.13000e-05,3.39000e-06,3.95500e-06,4.10000,1.79500e-05,2.13400e-05,"
                + "1.60000e-06,2.40000e-06,3.20000e-06,4.80000e-06,6.40000e-06,"
                + "2.00000e-06,3.00000e-06,4.00000e-06,6.00000e-06,8.00000e-06,false,true");
        String[] babar = ScanTables.csv(BABAR).split("\n");
        assertThat(babar[0]).isEqualTo("# babar (APPROXIMATE): " + SyntheticReproduction.BABAR_NOTE);
        // no limits: ul90, ul95 and the ten band entries are empty
        assertThat(babar[2]).isEqualTo("1,1.20000e-06,3.60000e-07,4.20000e-07,0.800000" + ",".repeat(13) + "false,true");
    }

    @Test
    void jsonHasTheBestMassAndEveryPointWithItsBands() {
        JsonNode j = ScanTables.json(ITA);
        assertThat(j.get("analysis").asString()).isEqualTo("belle2-ita");
        assertThat(j.get("approximate").asBoolean()).isFalse();
        assertThat(j.get("best_mass").get("mass_GeV").asDouble()).isEqualTo(2.0);
        assertThat(j.get("best_mass").get("interval_GeV").get(0).asDouble()).isCloseTo(1 + 13.56 / 14.56, within(1e-12));
        JsonNode p = j.get("points").get(1);
        assertThat(p.get("q0").asDouble()).isCloseTo(4.1 * 4.1, within(1e-12));
        assertThat(p.get("exp95").get(2).asDouble()).isEqualTo(4e-6);
        assertThat(p.get("exp90").get(4).asDouble()).isCloseTo(0.8 * 8e-6, within(1e-20));
        JsonNode b = ScanTables.json(BABAR);
        assertThat(b.get("note").asString()).isEqualTo(SyntheticReproduction.BABAR_NOTE);
        assertThat(b.get("points").get(0).get("exp90").get(0).isNull()).isTrue();
        assertThat(b.get("points").get(0).get("ul95").isNull()).isTrue();
    }

    @Test
    void yamlIsValidHepDataStyleWithLimitColumnsOnlyWhereThereAreLimits() {
        JsonNode ita = new YAMLMapper().readTree(ScanTables.yaml(ITA));
        assertThat(ita.get("independent_variables").get(0).get("header").get("name").asString()).isEqualTo("m_X");
        assertThat(ita.get("independent_variables").get(0).get("values").get(2).get("value").asDouble())
                .isEqualTo(3.0);
        JsonNode dep = ita.get("dependent_variables");
        // Br with its profile errors, Z, then observed and expected-median 90 % and 95 % limits
        assertThat(dep).hasSize(6);
        JsonNode br = dep.get(0).get("values").get(1);
        assertThat(br.get("value").asDouble()).isEqualTo(1.13e-5);
        assertThat(br.get("errors").get(0).get("asymerror").get("minus").asDouble()).isEqualTo(-3.39e-6);
        assertThat(br.get("errors").get(0).get("asymerror").get("plus").asDouble()).isEqualTo(3.955e-6);
        assertThat(dep.get(4).get("qualifiers").get(0).get("value").asString()).isEqualTo("95 % CL CLs observed");
        assertThat(dep.get(4).get("values").get(1).get("value").asDouble()).isEqualTo(2.134e-5);

        JsonNode babar = new YAMLMapper().readTree(ScanTables.yaml(BABAR));
        // no CLs limits: only Br and Z
        assertThat(babar.get("dependent_variables")).hasSize(2);
        JsonNode qualifiers = babar.get("dependent_variables").get(0).get("qualifiers");
        assertThat(qualifiers.get(2).get("value").asString()).isEqualTo(SyntheticReproduction.BABAR_NOTE);
        assertThat(qualifiers.get(1).get("value").asString()).isEqualTo("true");
    }
}
