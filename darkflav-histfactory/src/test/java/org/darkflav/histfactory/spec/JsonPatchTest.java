package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonPatchTest {

    private static JsonNode json(String s) {
        return JsonSource.parse(s.replace('\'', '"'), "test");
    }

    private static JsonPatch patch(String s) {
        return JsonPatch.fromJson(json(s), "patch.json", "");
    }

    /** Examples A.1–A.10, A.14, A.16 of RFC 6902 (document, patch, expected result; ' stands for "). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A.1 add member | {'foo':'bar'} | [{'op':'add','path':'/baz','value':'qux'}] | {'baz':'qux','foo':'bar'}",
        "A.2 add element | {'foo':['bar','baz']} | [{'op':'add','path':'/foo/1','value':'qux'}] | {'foo':['bar','qux','baz']}",
        "A.3 remove member | {'baz':'qux','foo':'bar'} | [{'op':'remove','path':'/baz'}] | {'foo':'bar'}",
        "A.4 remove element | {'foo':['bar','qux','baz']} | [{'op':'remove','path':'/foo/1'}] | {'foo':['bar','baz']}",
        "A.5 replace | {'baz':'qux','foo':'bar'} | [{'op':'replace','path':'/baz','value':'boo'}] | {'baz':'boo','foo':'bar'}",
        "A.6 move member | {'foo':{'bar':'baz','waldo':'fred'},'qux':{'corge':'grault'}} | [{'op':'move','from':'/foo/waldo','path':'/qux/thud'}] | {'foo':{'bar':'baz'},'qux':{'corge':'grault','thud':'fred'}}",
        "A.7 move element | {'foo':['all','grass','cows','eat']} | [{'op':'move','from':'/foo/1','path':'/foo/3'}] | {'foo':['all','cows','eat','grass']}",
        "A.8 test ok | {'baz':'qux','foo':['a',2,'c']} | [{'op':'test','path':'/baz','value':'qux'},{'op':'test','path':'/foo/1','value':2}] | {'baz':'qux','foo':['a',2,'c']}",
        "A.10 add nested | {'foo':'bar'} | [{'op':'add','path':'/child','value':{'grandchild':{}}}] | {'foo':'bar','child':{'grandchild':{}}}",
        "A.14 escapes | {'/':9,'~1':10} | [{'op':'test','path':'/~01','value':10}] | {'/':9,'~1':10}",
        "A.16 append | {'foo':['bar']} | [{'op':'add','path':'/foo/-','value':['abc','def']}] | {'foo':['bar',['abc','def']]}",
        "copy | {'a':{'x':1}} | [{'op':'copy','from':'/a','path':'/b'}] | {'a':{'x':1},'b':{'x':1}}",
        "escape ~1 | {'a/b':1} | [{'op':'replace','path':'/a~1b','value':2}] | {'a/b':2}",
        "root replace | {'a':1} | [{'op':'replace','path':'','value':[1]}] | [1]",
        "test 1 == 1.0 | {'a':1} | [{'op':'test','path':'/a','value':1.0}] | {'a':1}"
    })
    void rfc6902Examples(String name, String doc, String ops, String expected) {
        assertThat(patch(ops).apply(json(doc))).isEqualTo(json(expected));
    }

    /** RFC 6902 A.9, A.12, A.15 and other failures: one message naming op index and path, input untouched. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A.9 test fails | {'baz':'qux'} | [{'op':'test','path':'/baz','value':'bar'}] | patch operation 0 (test /baz) failed: test failed",
        "A.12 missing parent | {'foo':'bar'} | [{'op':'add','path':'/baz/bat','value':'qux'}] | no member 'baz'",
        "A.15 test string vs number | {'/':9,'~1':10} | [{'op':'test','path':'/~01','value':'10'}] | test failed",
        "remove missing | {'a':1} | [{'op':'add','path':'/b','value':2},{'op':'remove','path':'/c'}] | patch operation 1 (remove /c) failed: no member 'c'",
        "index out of range | {'a':[1]} | [{'op':'replace','path':'/a/1','value':2}] | array index 1 at /a/1 is out of range",
        "leading zero | {'a':[1,2]} | [{'op':'remove','path':'/a/01'}] | is not an array index",
        "move into child | {'a':{'b':1}} | [{'op':'move','from':'/a','path':'/a/b/c'}] | cannot move a value into one of its own children"
    })
    void failuresNameOperationAndPath(String name, String doc, String ops, String fragment) {
        JsonNode input = json(doc);
        JsonNode before = input.deepCopy();
        assertThatThrownBy(() -> patch(ops).apply(input))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("patch.json")
                .hasMessageContaining(fragment);
        assertThat(input).isEqualTo(before);
    }

    @Test
    void publishedPatchGivesTheWorkspacePythonJsonpatchGives() {
        // Expected digest: python3 with the 'jsonpatch' package, digest(jsonpatch.apply_patch(bkg, patch))
        // with pyhf's digest = sha256 of json.dumps(sort_keys=True, ensure_ascii=False) as UTF-8.
        JsonNode bkg = JsonSource.read(TestWorkspaces.resource("workspaces/atlas_sbottom_regionA/BkgOnly.json"));
        JsonPatch p = JsonPatch.read(TestWorkspaces.resource("workspaces/atlas_sbottom_regionA/patch.sbottom_1300_205_60.json"));
        assertThat(Digests.sha256(p.apply(bkg)))
                .isEqualTo("346403b71abb18751b6c4e484d1c19ee4945bc46fc961197a74ecddf69d9c6af");
    }

    @Test
    void roundTripsThroughJson() {
        JsonPatch p = patch("[{'op':'move','from':'/a~1b','path':'/c'},{'op':'add','path':'/d','value':[1,2]}]");
        assertThat(JsonPatch.fromJson(p.toJson(), "again", "").toJson()).isEqualTo(p.toJson());
    }
}
