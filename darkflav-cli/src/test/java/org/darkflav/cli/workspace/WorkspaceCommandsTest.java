package org.darkflav.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The workspace commands end to end. Expected digests: python3, pyhf's utils.digest on the same files
 * (sha256 / md5 of json.dumps(sort_keys=True, ensure_ascii=False) as UTF-8), and for prune,
 * rename, combine, sort python3 transcriptions of pyhf's Workspace methods (see WorkspaceTest).
 */
class WorkspaceCommandsTest {

    private static final String SBOTTOM = CliRun.resource("workspaces/atlas_sbottom_regionA/BkgOnly.json").toString();
    private static final String SBOTTOM_PATCH =
            CliRun.resource("workspaces/atlas_sbottom_regionA/patch.sbottom_1300_205_60.json").toString();
    private static final String PATCHSET = CliRun.resource("patchsets/sbottom_regionA_patchset.json").toString();
    private static final String LUMI = CliRun.resource("workspaces/pyhf_validation/1bin_lumi.json").toString();

    @TempDir Path tmp;

    private static String digestOf(Path file) {
        return Workspace.read(file).digest();
    }

    @Test
    void inspectSummarisesAndFlagsTheMissingPoi() {
        CliRun r = CliRun.run("inspect", SBOTTOM);
        assertThat(r.exitCode()).isZero();
        // README of atlas_sbottom_regionA: 3 channels of 3 bins each.
        assertThat(r.out()).contains("channels  3").contains("bins  9").contains("SR_meff")
                .contains("not a parameter of the workspace yet");
        assertThat(r.err()).contains("warning").contains("mu_SIG");
    }

    @Test
    void inspectJsonAfterPatchCountsThePublishedParameters() {
        CliRun r = CliRun.run("inspect", SBOTTOM, "--patch", SBOTTOM_PATCH, "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode j = JsonSource.parse(r.out(), "out");
        // README: the patched model has 2 channels, 6 bins, 64 parameters.
        assertThat(j.get("totals").get("channels").asInt()).isEqualTo(2);
        assertThat(j.get("totals").get("bins").asInt()).isEqualTo(6);
        assertThat(j.get("totals").get("parameters").asInt()).isEqualTo(64);
        assertThat(j.get("selected_measurement").get("poi_defined").asBoolean()).isTrue();
        assertThat(j.get("sha256").asString())
                .isEqualTo("346403b71abb18751b6c4e484d1c19ee4945bc46fc961197a74ecddf69d9c6af");
    }

    @Test
    void inspectSelectsAMeasurementByName() throws Exception {
        // Two measurements (the second a renamed copy with another POI) via a JSON patch.
        Path patch = tmp.resolve("second_measurement.json");
        Files.writeString(patch, "[{\"op\": \"copy\", \"from\": \"/measurements/0\", \"path\": \"/measurements/-\"},"
                + " {\"op\": \"replace\", \"path\": \"/measurements/1/name\", \"value\": \"second\"}]");
        CliRun r = CliRun.run("inspect", LUMI, "--patch", patch.toString(), "--measurement", "second", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(JsonSource.parse(r.out(), "out").get("selected_measurement").get("name").asString()).isEqualTo("second");
        CliRun missing = CliRun.run("inspect", LUMI, "--measurement", "nope");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no measurement named 'nope'");
    }

    @Test
    void digestPlainJsonAndStdin() {
        CliRun r = CliRun.run("digest", LUMI, "-a", "sha256", "-a", "md5");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("sha256:eb69ea9bbe66497d0e9da005270086bda80bea2e455d8e93ba6d81bbbd69d0e7\n"
                + "md5:f3e1c32f1e9cdb1df933387ed690eaea\n");
        CliRun j = CliRun.run("digest", LUMI, "--json");
        assertThat(JsonSource.parse(j.out(), "out").get("sha256").asString())
                .isEqualTo("eb69ea9bbe66497d0e9da005270086bda80bea2e455d8e93ba6d81bbbd69d0e7");
    }

    @Test
    void unknownDigestAlgorithmIsAUserError() {
        CliRun r = CliRun.run("digest", LUMI, "-a", "sha3000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown digest algorithm 'sha3000'").doesNotContain("Exception");
    }

    @Test
    void stdinIsReadWithDash() throws Exception {
        CliRun r = CliRun.runWithStdin(Files.readString(Path.of(LUMI)), "digest", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("eb69ea9bbe66497d0e9da005270086bda80bea2e455d8e93ba6d81bbbd69d0e7");
    }

    @Test
    void pruneRenameSortWriteWhatPyhfWould() {
        Path pruned = tmp.resolve("pruned.json");
        assertThat(CliRun.run("prune", SBOTTOM, "--channel", "VRtt_meff", "--modifier-type", "histosys",
                "--modifier", "lumi", "--output", pruned.toString()).exitCode()).isZero();
        assertThat(digestOf(pruned)).isEqualTo("2c1e019659b4fac291840eaf8c7eec7f86819a7dca04463511078be520ccb940");

        Path renamed = tmp.resolve("renamed.json");
        assertThat(CliRun.run("rename", SBOTTOM, "--channel", "SR_meff=SR", "--modifier", "EG_SCALE_ALL=EG_SCALE",
                "--measurement", "NormalMeasurement=meas", "-o", renamed.toString()).exitCode()).isZero();
        assertThat(digestOf(renamed)).isEqualTo("56f4b9fa56b33a450488bfffde4ed12512c81b1eae21bc193b969d6d64c8961d");

        CliRun sorted = CliRun.run("sort", SBOTTOM);
        assertThat(Workspace.fromJson(JsonSource.parse(sorted.out(), "out"), "out").digest())
                .isEqualTo("608a8d679afb744e77590f48b6dfb0aec724c48978f7746560197a540e75b7ef");
    }

    @Test
    void combineWithJoins() {
        String a = CliRun.resource("workspaces/pyhf_validation/1bin_normsys.json").toString();
        String b = CliRun.resource("workspaces/pyhf_validation/2bin_2channel.json").toString();
        CliRun left = CliRun.run("combine", a, b, "--join", "left outer");
        assertThat(left.exitCode()).isZero();
        assertThat(left.err()).contains("unsafe join");
        assertThat(Workspace.fromJson(JsonSource.parse(left.out(), "out"), "out").digest())
                .isEqualTo("c4a0bd8be072ac48bf328fb130dd9863c40bf7d12417aa72be8fa8c39342278d");
        CliRun none = CliRun.run("combine", a, b);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("measurements in common with the same name: [meas]");
    }

    @Test
    void patchsetListApplyVerify() {
        CliRun list = CliRun.run("patchset", "list", PATCHSET);
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("sbottom_1300_205_60").contains("1300, 205, 60").contains("m_sbottom");

        Path out = tmp.resolve("signal.json");
        CliRun apply = CliRun.run("patchset", "apply", SBOTTOM, PATCHSET, "--name", "1300,205,60", "-o", out.toString());
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        // python3: jsonpatch.apply_patch(BkgOnly, patch) digest, as in JsonPatchTest.
        assertThat(digestOf(out)).isEqualTo("346403b71abb18751b6c4e484d1c19ee4945bc46fc961197a74ecddf69d9c6af");

        assertThat(CliRun.run("patchset", "verify", SBOTTOM, PATCHSET).exitCode()).isZero();
        CliRun wrong = CliRun.run("patchset", "verify", LUMI, PATCHSET);
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("does not match this patch set");
    }

    @Test
    void refusesToOverwriteAnInputUnlessForced() throws Exception {
        Path copy = tmp.resolve("ws.json");
        Files.copy(Path.of(LUMI), copy);
        String before = Files.readString(copy);
        CliRun refused = CliRun.run("sort", copy.toString(), "--output", copy.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is also an input file").contains("--force");
        assertThat(Files.readString(copy)).isEqualTo(before);
        CliRun forced = CliRun.run("sort", copy.toString(), "--output", copy.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(digestOf(copy)).isEqualTo(Workspace.read(Path.of(LUMI)).sorted().digest());
    }

    @Test
    void missingFileIsAUserError() {
        CliRun r = CliRun.run("inspect", tmp.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no such file").doesNotContain("Exception");
    }
}
