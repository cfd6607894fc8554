package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestTest {

    /**
     * Expected values derived with python3 (3.11) on this repository's files:
     * {@code hashlib.sha256(json.dumps(json.load(open(f)), sort_keys=True, ensure_ascii=True,
     * separators=(',', ':')).encode('utf8')).hexdigest()}, which is pyhf's {@code utils.digest(ws)}.
     * The ATLAS files mix integers and floats with up to 17 significant digits, so they exercise
     * Python's int/float distinction and repr().
     */
    @ParameterizedTest
    @CsvSource({
        "workspaces/atlas_sbottom_regionA/BkgOnly.json, 3d533cf9a64a18ba87feb3dd9af01d0887ac6eab2033b75988ddfbc8e1e1ab73",
        "workspaces/atlas_staus_combined/BkgOnly.json, 105016db3654bf35fd6f2047df52d17a2a36dacdee35d7db947d004d7d0fa9e5",
        "workspaces/atlas_ewk3l_erjr/BkgOnly.json, a2a6a480c9a4ea3dc020a7b76fd3c4ad03885a35238bc95c8bf8c2e381dbdf6b",
        "workspaces/pyhf_validation/1bin_lumi.json, b9f0387a37bc9fc6f0bc7cc66a2185ddf55fd7ee96a5c53a0aff5ad837d11813",
        "workspaces/synthetic_large/workspace.json, 91e91368fccc6cd918a89975a8aafbfd94b0152bb3c57723d64cff0e8d1db794",
        "workspaces/atlas_sbottom_regionA/patch.sbottom_1300_205_60.json, 408ae7410bb01434bb6967d638083ab69f4e7fe0f1e7622ea10ce5bbfae1aa54"
    })
    void sha256MatchesPythonJsonDumps(String resource, String expected) {
        assertThat(Digests.sha256(JsonSource.read(TestWorkspaces.resource(resource)))).isEqualTo(expected);
    }

    @Test
    void belleTwoExampleDigest() {
        // Same python3 derivation as above, on examples/belle2_knunu_combined/combined_likelihood.json.
        assertThat(Digests.sha256(JsonSource.read(TestWorkspaces.belle2())))
                .isEqualTo("dd3e53bd634a0291f9f1f10cbf1e585a2c6a4d402e223f28dc133d44716d3fe7");
    }

    @Test
    void canonicalTextEscapesLikePythonEnsureAscii() {
        // python3: json.dumps({"b": [1, 2.5, None, True], "a": "é\"\n\u007f"}, sort_keys=True,
        //   ensure_ascii=True, separators=(',', ':')) == '{"a":"\\u00e9\\"\\n\\u007f","b":[1,2.5,null,true]}'
        String json = "{\"b\": [1, 2.5, null, true], \"a\": \"\u00e9\\\"\\n\u007f\"}";
        assertThat(CanonicalJson.dumps(JsonSource.parse(json, "t")))
                .isEqualTo("{\"a\":\"\\u00e9\\\"\\n\\u007f\",\"b\":[1,2.5,null,true]}");
    }
}
