package org.darkflav.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code darkflav fit} output contract and its error handling. */
class FitCommandTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static JsonNode parameter(JsonNode result, String name) {
        for (JsonNode p : result.get("parameters")) {
            if (p.get("name").asString().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    @Test
    void jsonContractOnTheValidationWorkspace() {
        // pyhf-validation.md: 1bin_shapesys has parameters [mu, uncorr_bkguncrt[0]]
        CliRun r = CliRun.of("fit", CliRun.workspace("pyhf_validation/1bin_shapesys.json"), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = MAPPER.readTree(r.out());
        assertThat(j.get("converged").asBoolean()).isTrue();
        assertThat(j.get("poi").asString()).isEqualTo("mu");
        assertThat(j.get("twice_nll").isNumber()).isTrue();
        assertThat(j.get("parameters")).hasSize(2);
        assertThat(j.get("parameters").get(0).get("name").asString()).isEqualTo("mu");
        assertThat(j.get("parameters").get(1).get("name").asString()).isEqualTo("uncorr_bkguncrt[0]");
        // one bin, data 55 = 10 μ + 50 γ: the free fit sits on the ridge, so 2NLL equals the saturated value
        // 2·[−55 log 55 + 55 + lnΓ(56)] + Poisson-constraint term at γ̂, ≥ the saturated main term alone
        assertThat(j.get("twice_nll").asDouble()).isGreaterThan(2 * (-55 * Math.log(55) + 55 + 168.0) - 1);
    }

    @Test
    void fixedPoiFitOnBelle2GivesTheSmTension() {
        // Belle II (PRD 109, 112006): 2.7σ tension with the SM, i.e. t(μ = 1) = 2NLL(μ=1) − 2NLL(μ̂) ≈ 2.7²
        JsonNode free = MAPPER.readTree(CliRun.of("fit", CliRun.belle2(), "--json").out());
        JsonNode sm = MAPPER.readTree(CliRun.of("fit", CliRun.belle2(), "--json", "--fix", "mu=1").out());
        assertThat(parameter(sm, "mu").get("value").asDouble()).isEqualTo(1.0);
        assertThat(parameter(sm, "mu").get("fixed").asBoolean()).isTrue();
        double t = sm.get("twice_nll").asDouble() - free.get("twice_nll").asDouble();
        assertThat(Math.sqrt(t)).isCloseTo(2.7, within(0.1));
        assertThat(parameter(free, "mu").get("value").asDouble()).isCloseTo(4.6, within(0.05));
    }

    @Test
    void outputFileIsWrittenAndTableIsPrinted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fit.json");
        CliRun r = CliRun.of("fit", CliRun.workspace("pyhf_validation/2bin_histosys.json"), "-o", out.toString(),
                "--interp", "normsys=code1,histosys=code0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("twice_nll").contains("(POI)");
        assertThat(MAPPER.readTree(Files.readString(out)).get("converged").asBoolean()).isTrue();
    }

    @Test
    void patchedAtlasWorkspaceFits() {
        CliRun r = CliRun.of("fit", CliRun.workspace("atlas_sbottom_regionA/BkgOnly.json"), "--patch",
                CliRun.workspace("atlas_sbottom_regionA/patch.sbottom_1300_205_60.json"), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(MAPPER.readTree(r.out()).get("parameters")).hasSize(64);
    }

    @Test
    void userErrorsExitWithCode2AndNoStackTrace() {
        String ws = CliRun.workspace("pyhf_validation/1bin_shapesys.json");
        for (String[] args : new String[][] {
            {"fit", "no/such/file.json"},
            {"fit", ws, "--fix", "nope=1"},
            {"fit", ws, "--fix", "mu"},
            {"fit", ws, "--interp", "histosys=code1"},
            {"fit", ws, "--bounds", "mu=3:1"},
            {"fit", ws, "--measurement", "nope"},
            {"fit", ws, "--no-such-option"},
            {"fit", CliRun.workspace("atlas_sbottom_regionA/BkgOnly.json")},
        }) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(ExitCodes.USER_ERROR);
            assertThat(r.err()).as(String.join(" ", args)).contains("error:").doesNotContain("\tat org.");
        }
    }
}
