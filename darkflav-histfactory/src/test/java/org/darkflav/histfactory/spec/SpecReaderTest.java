package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SpecReaderTest {

    static List<Path> workspaces() {
        return TestWorkspaces.allWorkspaces();
    }

    @ParameterizedTest
    @MethodSource("workspaces")
    void everyShippedWorkspacePassesSchemaAndChecks(Path file) {
        SpecReader.Result r = SpecReader.readWithWarnings(file);
        WorkspaceSpec ws = r.spec();
        assertThat(ws.version()).isEqualTo("1.0.0");
        assertThat(ws.channels()).isNotEmpty();
        assertThat(ws.observations()).hasSizeGreaterThanOrEqualTo(ws.channels().size());
        // Background-only HEPData workspaces name a POI that only the signal patch defines, and
        // shapesys_nuisparfilter configures an unused lumi: both are warnings, never errors.
        assertThat(r.warnings()).as("warnings of %s", file)
                .allMatch(w -> w.contains("apply a signal patch") || w.contains("ignored (as in pyhf)"));
    }

    @Test
    void readsTwoBinTwoChannelExactly() {
        // Numbers copied by hand from pyhf_validation/2bin_2channel.json (pyhf validation suite).
        WorkspaceSpec ws = SpecReader.read(TestWorkspaces.resource("workspaces/pyhf_validation/2bin_2channel.json"));
        assertThat(ws.channels()).extracting(ChannelSpec::name).containsExactly("signal", "control");
        ChannelSpec signal = ws.channels().get(0);
        assertThat(signal.bins()).isEqualTo(2);
        assertThat(signal.samples().get(0).data()).containsExactly(10.0, 35.0);
        assertThat(ws.measurements().get(0).poi()).isEqualTo("mu");
        assertThat(ws.channel("control").orElseThrow().bins()).isEqualTo(2);
        assertThat(ws.observation("signal")).isPresent();
        assertThat(ws.measurement("meas")).isPresent();
        assertThat(ws.channel("nope")).isEmpty();
    }

    @Test
    void streamAndStringReadersAgreeWithFileReader() throws Exception {
        Path file = TestWorkspaces.resource("workspaces/pyhf_validation/1bin_lumi.json");
        String text = java.nio.file.Files.readString(file);
        WorkspaceSpec a = SpecReader.read(file);
        WorkspaceSpec b = SpecReader.readString(text, "text");
        WorkspaceSpec c = SpecReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<stdin>");
        assertThat(b.channels().get(0).samples().get(0).data()).containsExactly(a.channels().get(0).samples().get(0).data());
        assertThat(c.measurements().get(0).parameters()).hasSameSizeAs(a.measurements().get(0).parameters());
    }

    @Test
    void readsSchemaVersionOneOneZeroWithItsOwnBundledSchema() throws Exception {
        String text = java.nio.file.Files.readString(TestWorkspaces.resource("workspaces/pyhf_validation/1bin_lumi.json"));
        String v110 = text.replace("\"1.0.0\"", "\"1.1.0\"");
        assertThat(SpecReader.readString(v110, "v110.json").version()).isEqualTo("1.1.0");
        assertThatThrownBy(() -> SpecReader.readString(text.replace("\"1.0.0\"", "\"9.9.9\""), "v999.json"))
                .isInstanceOf(SpecException.class).hasMessageContaining("/version");
    }

    @Test
    void writerOutputReadsBackToTheSameRecords() {
        WorkspaceSpec ws = SpecReader.read(TestWorkspaces.resource("workspaces/pyhf_validation/2bin_2channel_coupledhistosys.json"));
        WorkspaceSpec again = SpecReader.readString(SpecWriter.toPrettyString(ws), "written.json");
        assertThat(again.channels()).hasSameSizeAs(ws.channels());
        for (int c = 0; c < ws.channels().size(); c++) {
            for (int s = 0; s < ws.channels().get(c).samples().size(); s++) {
                SampleSpec a = ws.channels().get(c).samples().get(s);
                SampleSpec b = again.channels().get(c).samples().get(s);
                assertThat(b.data()).containsExactly(a.data());
                assertThat(b.modifiers()).extracting(ModifierSpec::name).isEqualTo(
                        a.modifiers().stream().map(ModifierSpec::name).toList());
            }
        }
        assertThat(again.measurements().get(0).parameters()).hasSameSizeAs(ws.measurements().get(0).parameters());
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> SpecReader.readString("{\n  \"channels\": [\n    {\"name\": }\n", "broken.json"))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("line 3");
    }
}
