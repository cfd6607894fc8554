package org.darkflav.cli.recast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.cli.CliRun;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScanMassCommandTest {

    @Test
    void scansTheBabarApproximation() {
        CliRun r = CliRun.of("scan-mass", "--analysis", "babar", "--masses", "1:2:0.5", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("approximate").asBoolean()).isTrue();
        assertThat(j.get("points")).hasSize(3);
        // Babar_BtoK_bestfit.txt (paper Fig. 5 via ALPaca), linear interpolation by hand between its rows at
        // 1.99665552 GeV (7.682535e-7) and 2.00668896 GeV (7.526120e-7): 7.63040e-7 at 2 GeV
        assertThat(j.get("points").get(2).get("br").asDouble()).isCloseTo(7.63040e-7, within(0.0001e-7));
    }

    @Test
    void tableForThePaperMethod() {
        CliRun r = CliRun.of("scan-mass", "--analysis", "belle2-ita", "--masses", "2:2:1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // scipy fit of the headline-reading workspace (doc/recast.md): 1.90478e-5 at Z = 3.535
        assertThat(r.out()).contains("1.90e-05", "3.53", "best-fit mass 2.000", "FLAT_B_PLUS");
    }

    @Test
    void fullLikelihoodWithAWidthAndARefinedBestMass() {
        CliRun r = CliRun.of("scan-mass", "--analysis", "belle2-full", "--masses", "1.9:2.4:0.1", "--width", "0.1",
                "--no-limits", "--refine", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("note").asString()).contains("Breit-Wigner of width 0.1 GeV");
        JsonNode refined = j.get("refined_best_mass");
        // FullLikelihoodStudyTest / doc/recast.md: with Gamma_X = 0.1 GeV the refined best mass is 2.116 GeV
        assertThat(refined.get("mass_GeV").asDouble()).isCloseTo(2.116, within(0.005));
        assertThat(refined.get("mass_interval_GeV").get(0).asDouble()).isLessThan(refined.get("mass_GeV").asDouble());
        assertThat(refined.get("cut_at_bound").asBoolean()).isFalse();
        assertThat(j.get("points").get(0).has("br")).isTrue();
    }

    @Test
    void widthAndRefinementNeedALikelihood() {
        CliRun width = CliRun.of("scan-mass", "--analysis", "belle2-ita", "--masses", "2:2:1", "--width", "0.1");
        assertThat(width.exitCode()).isEqualTo(2);
        assertThat(width.err()).contains("--width applies to belle2-full only");
        CliRun refine = CliRun.of("scan-mass", "--analysis", "babar", "--masses", "1:2:0.5", "--refine");
        assertThat(refine.exitCode()).isEqualTo(2);
        assertThat(refine.err()).contains("no likelihood in m_X");
    }

    @Test
    void unknownAnalysis() {
        CliRun r = CliRun.of("scan-mass", "--analysis", "lhcb", "--masses", "1:2:0.5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown analysis 'lhcb'", "belle2-full");
    }

    @Test
    void invertedEmptyAndOutOfRangeMasses() {
        CliRun inverted = CliRun.of("scan-mass", "--analysis", "belle2-ita", "--masses", "3:1:0.5");
        assertThat(inverted.exitCode()).isEqualTo(2);
        assertThat(inverted.err()).contains("inverted");
        CliRun empty = CliRun.of("scan-mass", "--analysis", "belle2-ita", "--masses", "");
        assertThat(empty.exitCode()).isEqualTo(2);
        CliRun beyond = CliRun.of("scan-mass", "--analysis", "belle2-ita", "--masses", "4:5:0.5");
        assertThat(beyond.exitCode()).isEqualTo(2);
        assertThat(beyond.err()).contains("kinematic limit");
        CliRun babarRange = CliRun.of("scan-mass", "--analysis", "babar", "--masses", "3:4:0.5");
        assertThat(babarRange.exitCode()).isEqualTo(2);
        assertThat(babarRange.err()).contains("outside the range");
        CliRun step = CliRun.of("scan-mass", "--analysis", "babar", "--masses", "1:2:0");
        assertThat(step.exitCode()).isEqualTo(2);
    }
}
