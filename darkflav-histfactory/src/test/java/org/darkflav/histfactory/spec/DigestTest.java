package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.darkflav.histfactory.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestTest {

    /**
     * pyhf's {@code utils.digest}: sha256 of {@code json.dumps(obj, sort_keys=True, ensure_ascii=False)}
     * as UTF-8. The first three values are printed by pyhf 0.7.6 itself (patchsets/pyhf_example/README.md;
     * the ewk3l value is also the one in the metadata of ATLAS's published patch set); the others are
     * python3 3.11's json.dumps with pyhf's arguments on the same files. The ATLAS files mix integers and
     * floats with up to 17 significant digits, so they exercise Python's int/float distinction and repr().
     */
    @ParameterizedTest
    @CsvSource({
        "patchsets/pyhf_example/example_bkgonly.json, 7c32ca3b8db75cbafcf5cd7ed4672fa2b1fa69e391c9b89068dd947a521866ec",
        "workspaces/atlas_sbottom_regionA/BkgOnly.json, 516fa21b09fd7aecb09116e8906f8259f151aa41b8763eefd9e5548bb7c82a58",
        "workspaces/atlas_ewk3l_erjr/BkgOnly.json, a20207ad6da9dc3e3e53dc159155a8371d7b44487e03fb4af4c6be20be4ad695",
        "workspaces/atlas_sbottom_regionC/BkgOnly.json, 223c07cd7e0a9423f072b0aef6ba1be2dbfe3934f5e6a315e444792a0646e460",
        "workspaces/atlas_staus_combined/BkgOnly.json, 956aef2f8ba24ff49ac328757e1689c03be73c0ef846744555257eb98e894d10",
        "workspaces/pyhf_validation/1bin_lumi.json, eb69ea9bbe66497d0e9da005270086bda80bea2e455d8e93ba6d81bbbd69d0e7",
        "workspaces/pyhf_validation/1bin_normsys.json, e2a0d69be509b28e71c699dee3c2cda1c21a81a0ce58cdfd88ed5deb171b16b8",
        "workspaces/pyhf_validation/1bin_shapesys.json, 3465583854afe89ab55280912cc3b6366d08b6a26a1c8e00c6a58066269f5959",
        "workspaces/pyhf_validation/1bin_shapesys_q0.json, d386e6cd1a971bd75220effe0c0e22a71ce050a3dd9dbf90ad2d13475a7a4160",
        "workspaces/pyhf_validation/2bin_2channel.json, 9eacff5535227da29ff110d387be7df4b0240369d16cb908d5ca8a9bcbd37a86",
        "workspaces/pyhf_validation/2bin_2channel_coupledhistosys.json, 8d0df2e219d6785bc13daab8b63cea058c0996d3d132399019ebe5824f78f3b3",
        "workspaces/pyhf_validation/2bin_2channel_couplednorm.json, 9f4f56bd347443ffffddaebce4ae8f29f7c20429047c6e6ec3c2dfe4c23ab050",
        "workspaces/pyhf_validation/2bin_2channel_coupledshapefactor.json, fa8c1e64586ec8ae7b01e844ef8330f30f47cb29016ef2b9c31c777e214db73b",
        "workspaces/pyhf_validation/2bin_histosys.json, 3408390f1c1c5bcd6daf6c6ea42d7f5e4a1e4afb1310ee636f0308f0fdf52697",
        "workspaces/pyhf_validation/shapesys_nuisparfilter.json, 9dfd8d9c4e4bea1e536e921110aa1b7f5b425ab6af43c385c38ae3c7d547a396",
        "workspaces/synthetic_large/workspace.json, 3fee18b7e6a68ea86d2baa5af61fb21bcaccb93f6af6a48db927aa4ee1ebb7ce",
        "workspaces/atlas_sbottom_regionA/patch.sbottom_1300_205_60.json, 037fb38fd51b8edfa69a99238553f4c6ba5eaca908f8c04aaabdffe2795435ee"
    })
    void sha256IsPyhfs(String resource, String expected) {
        assertThat(Digests.sha256(JsonSource.read(TestWorkspaces.resource(resource)))).isEqualTo(expected);
    }

    @Test
    void belleTwoExampleDigest() {
        // python3 as above, on examples/belle2_knunu_combined/combined_likelihood.json.
        assertThat(Workspace.read(TestWorkspaces.belle2()).digest())
                .isEqualTo("bc2d5392cbc4b0962617ada9629e39f2c1bf020afab9131e30aa2fcfad611c04");
    }

    @Test
    void pyhfsOwnExamplePatchSetVerifiesAndApplies() {
        PatchSet set = PatchSet.read(TestWorkspaces.resource("patchsets/pyhf_example/example_patchset.json"));
        Workspace bkg = Workspace.read(TestWorkspaces.resource("patchsets/pyhf_example/example_bkgonly.json"));
        set.verify(bkg.toJson());
        Workspace patched = bkg.withPatch(set, "patch_channel1_signal_syst1");
        // the patch replaces the first modifier's hi/lo by 1.2 / 0.8 (example_patchset.json)
        assertThat(patched.toJson().at("/channels/0/samples/0/modifiers/0/data/hi").asDouble()).isEqualTo(1.2);
        assertThat(patched.toJson().at("/channels/0/samples/0/modifiers/0/data/lo").asDouble()).isEqualTo(0.8);
    }

    @Test
    void canonicalTextIsPythonsJsonDumpsWithPyhfsArguments() {
        // python3: json.dumps({"b": [1, 2.5, None, True], "a": "é\"\n\x7f\x1b\u202e"}, sort_keys=True,
        //   ensure_ascii=False) == '{"a": "é\\"\\n\x7f\\u001b\u202e", "b": [1, 2.5, null, true]}'
        String json = "{\"b\": [1, 2.5, null, true], \"a\": \"\u00e9\\\"\\n\u007f\\u001b\u202e\"}";
        assertThat(CanonicalJson.dumps(JsonSource.parse(json, "t")))
                .isEqualTo("{\"a\": \"\u00e9\\\"\\n\u007f\\u001b\u202e\", \"b\": [1, 2.5, null, true]}");
        // keys sort by code point: "\uffff" < "\ud83d\ude00" (U+1F600) although UTF-16 compares the other way
        assertThat(CanonicalJson.dumps(JsonSource.parse("{\"\ud83d\ude00\": 1, \"\uffff\": 2}", "t")))
                .isEqualTo("{\"\uffff\": 2, \"\ud83d\ude00\": 1}");
    }

    @Test
    void aLoneSurrogateHasNoDigestAsInPyhf() {
        assertThatThrownBy(() -> Digests.sha256(JsonSource.parse("{\"a\": [\"ok\", \"\\ud800\"]}", "t")))
                .isInstanceOf(SpecException.class).hasMessageStartingWith("/a/1: a string contains a lone UTF-16 surrogate");
    }
}
