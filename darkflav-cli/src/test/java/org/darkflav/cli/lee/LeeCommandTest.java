package org.darkflav.cli.lee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.darkflav.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class LeeCommandTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String[] STUDY = {"lee", "--analysis", "belle2-ita", "--masses", "1.5:2.5:0.25", "--toys", "6",
        "--seed", "3", "--json", "-q"};

    @TempDir
    Path tmp;

    private static String[] study(String... more) {
        List<String> a = new ArrayList<>(List.of(STUDY));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void jsonHasTheOutputContractKeys() {
        CliRun r = CliRun.of(study("--threads", "1"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = MAPPER.readTree(r.out());
        for (String key : List.of("analysis", "masses_GeV", "toys", "seed", "local_Z_max_obs", "mass_at_max_GeV",
                "global_p", "global_p_error", "global_Z", "global_Z_error", "gross_vitells", "failed_toys", "engine",
                "threads", "wall_s", "fits_per_s")) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        for (String key : List.of("reference_Z", "mean_upcrossings", "global_p")) {
            assertThat(j.get("gross_vitells").has(key)).as(key).isTrue();
        }
        assertThat(j.get("analysis").asString()).isEqualTo("belle2-ita");
        assertThat(j.get("masses_GeV")).hasSize(5);
        assertThat(j.get("toys").asInt()).isEqualTo(6);
        assertThat(j.get("seed").asLong()).isEqualTo(3);
        assertThat(j.get("engine").asString()).isEqualTo("local");
        assertThat(j.get("threads").asInt()).isEqualTo(1);
        assertThat(j.get("failed_toys").asInt()).isZero();
        // the observed scan is scan-mass's: q0 = 12.4952 at 2 GeV for the paper method's headline reading
        // (independent scipy fit, PaperScanShapeTest), Z = 3.535
        assertThat(j.get("mass_at_max_GeV").asDouble()).isEqualTo(2.0);
        assertThat(j.get("local_Z_max_obs").asDouble()).isCloseTo(Math.sqrt(12.4952), within(0.002));
        assertThat(j.get("gross_vitells").get("reference_Z").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theSameSeedGivesTheSameJsonOnOneAndTwoThreads() {
        CliRun one = CliRun.of(study("--threads", "1"));
        CliRun two = CliRun.of(study("--threads", "2"));
        assertThat(withoutRunKeys(two.out())).isEqualTo(withoutRunKeys(one.out()));
        assertThat(MAPPER.readTree(two.out()).get("threads").asInt()).isEqualTo(2);
    }

    @Test
    void checkpointsResumeAndStatus() throws Exception {
        Path dir = tmp.resolve("run");
        CliRun first = CliRun.of(study("--out", dir.toString()));
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(dir.resolve("lee.json")).exists();
        assertThat(Files.readString(dir.resolve("max_z_distribution.csv"))).startsWith("max_Z_lo,max_Z_hi,toys,");
        CliRun status = CliRun.of("lee", "--status", dir.toString(), "--json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(MAPPER.readTree(status.out()).get("toys_done").asInt()).isEqualTo(6);
        CliRun again = CliRun.of(study("--out", dir.toString()));
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("add --resume");
        CliRun resumed = CliRun.of(study("--out", dir.toString(), "--resume"));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(withoutRunKeys(resumed.out())).isEqualTo(withoutRunKeys(first.out()));
        CliRun otherSeed = CliRun.of("lee", "--analysis", "belle2-ita", "--masses", "1.5:2.5:0.25", "--toys", "6",
                "--seed", "4", "--out", dir.toString(), "--resume", "-q");
        assertThat(otherSeed.exitCode()).isEqualTo(2);
        assertThat(otherSeed.err()).contains("seed 4 (the run has 3)");
    }

    @Test
    void badInputIsExitTwoWithAMessage() {
        assertBad("unknown analysis 'lhcb'", "--analysis", "lhcb", "--masses", "1:2:0.5", "--toys", "5", "--seed", "1");
        assertBad("BaBar", "--analysis", "combined", "--masses", "1:2:0.5", "--toys", "5", "--seed", "1");
        assertBad("inverted", "--analysis", "belle2-ita", "--masses", "2:1:0.5", "--toys", "5", "--seed", "1");
        assertBad("the range is empty", "--analysis", "belle2-ita", "--masses", "2:2:0.5", "--toys", "5", "--seed", "1");
        assertBad("step must be positive", "--analysis", "belle2-ita", "--masses", "1:2:0", "--toys", "5", "--seed", "1");
        assertBad("at least 1 toy", "--analysis", "belle2-ita", "--masses", "1:2:0.5", "--toys", "0", "--seed", "1");
        assertBad("darkflav-spark", "--analysis", "belle2-ita", "--masses", "1:2:0.5", "--toys", "5", "--seed", "1",
                "--engine", "spark");
        assertBad("--resume needs --out", "--analysis", "belle2-ita", "--masses", "1:2:0.5", "--toys", "5", "--seed",
                "1", "--resume");
        assertBad("holds no look-elsewhere run", "--status", tmp.toString());
    }

    private static void assertBad(String message, String... args) {
        List<String> a = new ArrayList<>(List.of("lee", "-q"));
        a.addAll(List.of(args));
        CliRun r = CliRun.of(a.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("Exception");
    }

    private static JsonNode withoutRunKeys(String json) {
        ObjectNode o = (ObjectNode) MAPPER.readTree(json);
        o.remove(List.of("engine", "threads", "wall_s", "fits_per_s"));
        return o;
    }
}
