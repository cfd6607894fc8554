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
 * (sha256 / md5 of json.dumps(sort_keys=True, ensure_ascii=True, separators=(',', ':'))), and for prune,
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
                .isEqualTo("f44c19b0522e26901f3fb74bb45a227551755e50c0df244f3b23b61ef1b70c1c");
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
        assertThat(r.out()).isEqualTo("sha256:b9f0387a37bc9fc6f0bc7cc66a2185ddf55fd7ee96a5c53a0aff5ad837d11813\n"
                + "md5:2897878626a9cdca51d5734ab6f53948\n");
        CliRun j = CliRun.run("digest", LUMI, "--json");
        assertThat(JsonSource.parse(j.out(), "out").get("sha256").asString())
                .isEqualTo("b9f0387a37bc9fc6f0bc7cc66a2185ddf55fd7ee96a5c53a0aff5ad837d11813");
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
        assertThat(r.out()).contains("b9f0387a37bc9fc6f0bc7cc66a2185ddf55fd7ee96a5c53a0aff5ad837d11813");
    }

    @Test
    void pruneRenameSortWriteWhatPyhfWould() {
        Path pruned = tmp.resolve("pruned.json");
        assertThat(CliRun.run("prune", SBOTTOM, "--channel", "VRtt_meff", "--modifier-type", "histosys",
                "--modifier", "lumi", "--output", pruned.toString()).exitCode()).isZero();
        assertThat(digestOf(pruned)).isEqualTo("c4800f9563293c1e8cd27ec7ef81cf05e1abfe6f93e8d122217e76a53480e4d1");

        Path renamed = tmp.resolve("renamed.json");
        assertThat(CliRun.run("rename", SBOTTOM, "--channel", "SR_meff=SR", "--modifier", "EG_SCALE_ALL=EG_SCALE",
                "--measurement", "NormalMeasurement=meas", "-o", renamed.toString()).exitCode()).isZero();
        assertThat(digestOf(renamed)).isEqualTo("88282d5546ad1c342a60f5dbace567c7ebb626d5706a3297bdef621566a1f14f");

        CliRun sorted = CliRun.run("sort", SBOTTOM);
        assertThat(Workspace.fromJson(JsonSource.parse(sorted.out(), "out"), "out").digest())
                .isEqualTo("a3aa551f4fe508ec18923453927e11a076ee202a861b4b4ac042548fe1b30b9c");
    }

    @Test
    void combineWithJoins() {
        String a = CliRun.resource("workspaces/pyhf_validation/1bin_normsys.json").toString();
        String b = CliRun.resource("workspaces/pyhf_validation/2bin_2channel.json").toString();
        CliRun left = CliRun.run("combine", a, b, "--join", "left outer");
        assertThat(left.exitCode()).isZero();
        assertThat(left.err()).contains("unsafe join");
        assertThat(Workspace.fromJson(JsonSource.parse(left.out(), "out"), "out").digest())
                .isEqualTo("76a372e8c136445d70af91f2a8caf94d3df6d87bc605c79edc68c7c7619bac21");
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
        assertThat(digestOf(out)).isEqualTo("f44c19b0522e26901f3fb74bb45a227551755e50c0df244f3b23b61ef1b70c1c");

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
