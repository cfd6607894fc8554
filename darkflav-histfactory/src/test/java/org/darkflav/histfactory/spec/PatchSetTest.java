package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PatchSetTest {

    private static final PatchSet SET = PatchSet.read(TestWorkspaces.resource("patchsets/sbottom_regionA_patchset.json"));
    private static final JsonNode BKG = JsonSource.read(TestWorkspaces.resource("workspaces/atlas_sbottom_regionA/BkgOnly.json"));

    @Test
    void readsMetadataAndPatches() {
        assertThat(SET.labels()).containsExactly("m_sbottom", "m_chi2", "m_chi1");
        assertThat(SET.patches()).extracting(PatchSet.Patch::name).containsExactly("sbottom_1300_205_60", "rename_meas");
        assertThat(SET.patches().get(0).valueStrings()).containsExactly("1300", "205", "60");
        assertThat(SET.patches().get(1).valueStrings()).containsExactly("1.5", "2.5", "x");
        assertThat(SET.references()).containsEntry("hepdata", "ins1748602");
    }

    @Test
    void looksUpByNameOrByValuesLikePyhf() {
        // pyhf: patchset["sbottom_1300_205_60"] and patchset[(1300, 205, 60)] (also 1300.0 == 1300) are the same patch.
        assertThat(SET.get("sbottom_1300_205_60").name()).isEqualTo("sbottom_1300_205_60");
        assertThat(SET.get("1300,205,60").name()).isEqualTo("sbottom_1300_205_60");
        assertThat(SET.get("1300.0, 205, 60").name()).isEqualTo("sbottom_1300_205_60");
        assertThat(SET.get("1.5,2.5,x").name()).isEqualTo("rename_meas");
        assertThatThrownBy(() -> SET.get("1,2,3")).isInstanceOf(SpecException.class)
                .hasMessageContaining("no patch is named or has values '1,2,3'");
    }

    @Test
    void applyVerifiesDigestThenPatches() {
        // Digest of the result: python3 jsonpatch.apply_patch(bkg, patch) as in JsonPatchTest.
        assertThat(Digests.sha256(SET.apply(BKG, "sbottom_1300_205_60", true)))
                .isEqualTo("346403b71abb18751b6c4e484d1c19ee4945bc46fc961197a74ecddf69d9c6af");
    }

    @Test
    void digestMismatchIsAnErrorAsInPyhfUnlessSkipped() {
        ObjectNode other = (ObjectNode) BKG.deepCopy();
        other.put("version", "1.0.0"); // same content: still verifies
        SET.verify(other);
        ((ObjectNode) other.get("measurements").get(0)).put("name", "Other");
        assertThatThrownBy(() -> SET.apply(other, "rename_meas", true))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("/metadata/digests/sha256")
                .hasMessageContaining("516fa21b09fd7aecb09116e8906f8259f151aa41b8763eefd9e5548bb7c82a58");
        assertThat(SET.apply(other, "rename_meas", false).get("measurements").get(0).get("name").asString())
                .isEqualTo("Renamed");
    }
}
