package org.darkflav.cli.couplings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.darkflav.cli.CliRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CouplingsFitCommandTest {

    @Test
    @Tag("slow")
    void fitsAtTwoGevAndWritesFigure2(@TempDir Path dir) {
        CliRun r = CliRun.of("couplings-fit", "--mass", "2.0", "--json", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("approximate").asBoolean()).isTrue();
        JsonNode dim4 = j.get("zprime_dim4");
        // g_L, g_R from g_V, g_A: g_L = (g_V - g_A)/2, g_R = (g_V + g_A)/2
        double gV = dim4.get("gV_best").asDouble();
        double gA = dim4.get("gA_best").asDouble();
        assertThat(dim4.get("gL_best").asDouble()).isCloseTo((gV - gA) / 2, within(1e-20));
        assertThat(dim4.get("gR_best").asDouble()).isCloseTo((gV + gA) / 2, within(1e-20));
        assertThat(dim4.get("region_95_area").asDouble()).isGreaterThan(dim4.get("region_68_area").asDouble());
        JsonNode alp = j.get("alp");
        assertThat(alp.get("F_V_lo_GeV").asDouble()).isLessThan(alp.get("F_V_GeV").asDouble());
        assertThat(alp.get("F_A_min_GeV_2sigma").asDouble()).isPositive();
        for (String f : new String[] {"fig2_left", "fig2_right"}) {
            for (String ext : new String[] {"png", "svg", "pdf"}) {
                assertThat(dir.resolve(f + "." + ext)).exists();
            }
        }
        assertThat(Files.exists(dir.resolve("couplings.json"))).isTrue();
    }

    @Test
    void neutralKstarMode() {
        CliRun r = CliRun.of("couplings-fit", "--mass", "2.0", "--kstar-mode", "B0K*0", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("note").asString()).contains("B0K*0 rate", "Belle 2017 B0 -> K*0 (counting)");
        CliRun bad = CliRun.of("couplings-fit", "--kstar-mode", "B+K+");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--kstar-mode must be a K* channel");
        CliRun unknown = CliRun.of("couplings-fit", "--kstar-mode", "K*");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--kstar-mode", "B+K*+");
    }

    @Test
    void unknownLikelihoodAndMassOutsideTheRange() {
        CliRun unknown = CliRun.of("couplings-fit", "--b-to-k", "lhcb");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown likelihood 'lhcb'", "combined-full");
        CliRun beyond = CliRun.of("couplings-fit", "--mass", "3.5");
        assertThat(beyond.exitCode()).isEqualTo(2);
        assertThat(beyond.err()).contains("outside the range").doesNotContain("Exception");
        CliRun negative = CliRun.of("couplings-fit", "--mass", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
    }
}
